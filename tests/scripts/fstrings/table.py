# A formatted report using f-strings.
rows = [('apples', 3, 0.5), ('bananas', 12, 0.25), ('cherries', 100, 0.1)]
print(f"{'item':<10}{'qty':>5}{'price':>8}{'total':>10}")
print('-' * 33)
grand = 0.0
for name, qty, price in rows:
    total = qty * price
    grand += total
    print(f'{name:<10}{qty:>5}{price:>8.2f}{total:>10.2f}')
print('-' * 33)
print(f"{'TOTAL':<23}{grand:>10.2f}")
print(f'{grand:,.3f} {int(grand):08d} {int(grand):x}')
