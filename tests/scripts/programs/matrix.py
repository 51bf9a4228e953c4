# Matrix multiplication and powers (Fibonacci via matrices).
def matmul(a, b):
    rows, inner, cols = len(a), len(b), len(b[0])
    out = []
    for i in range(rows):
        row = []
        for j in range(cols):
            s = 0
            for k in range(inner):
                s += a[i][k] * b[k][j]
            row.append(s)
        out.append(row)
    return out
def matpow(m, n):
    result = [[1, 0], [0, 1]]
    while n:
        if n & 1:
            result = matmul(result, m)
        m = matmul(m, m)
        n >>= 1
    return result
print(matmul([[1, 2], [3, 4]], [[5, 6], [7, 8]]))
print(matmul([[1, 2, 3]], [[1], [2], [3]]))
for n in [1, 2, 10, 50, 90]:
    print(n, matpow([[1, 1], [1, 0]], n)[0][1])
ident = [[1.5, 0.0], [0.0, 0.5]]
print(matmul(ident, [[2, 4], [6, 8]]))
