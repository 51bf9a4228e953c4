values = [3, 2, 1, 0]
ratios = sum(
    10 // v
    for v in values
)
print(ratios)
