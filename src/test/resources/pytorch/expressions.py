"""Writes expressions.csv: long expressions of random tensors through torch (CPU, float32),
every forward result and every leaf's gradient as float32 bits — micrograd's test, against
the real thing. Run with a CPU build of torch:  python expressions.py
ExpressionsTest builds the same expressions with dev.descentfx.autograd.Tensor.
"""
import torch

torch.set_num_threads(1)
gen = torch.Generator().manual_seed(5)


def bits(t):
    return " ".join("%08x" % (v & 0xFFFFFFFF) for v in t.detach().reshape(-1).view(torch.int32).tolist())


def leaf(shape):
    # values in [0.5, 2): away from zero, so division and roots are well defined
    return (torch.rand(tuple(shape), generator=gen) * 1.5 + 0.5).requires_grad_(True)


# each expression: a name, the leaves' shapes, and the expression in the operations Tensor has
EXPRESSIONS = {
    "broadcast-mix": ([(3, 4), (4,), (3, 1)], lambda a, b, c: ((a * b + c) ** 2 / (b - c)).mean()),
    "powers": ([(5,), (5,)], lambda a, b: (a ** 3 - b ** 0.5 + (a / b) ** -1 + (-a) ** 2).sum()),
    "matmul-chain": ([(4, 3), (3, 2), (2,)], lambda a, b, c: ((a.matmul(b) * c) ** 2).mean()),
    "matvec": ([(6, 3), (3,), (6,)], lambda a, b, c: ((a.matmul(b) - c) ** 2).mean()),
    "reuse": ([(7,)], lambda a: (a * a * a + a / a - a.sum() * a).mean()),
    "long-mean": ([(40,), (40,)], lambda a, b: ((a - b) ** 2).mean() + (a * b).sum() / a.sum()),
    "scalar-leaf": ([(), (9, 1)], lambda s, x: ((x * s - 1) ** 2).mean()),
}

with open("expressions.csv", "w") as out:
    out.write("# torch %s, CPU float32: name; leaf shapes; leaf values; result; leaf gradients (all float32 bits)\n"
              % torch.__version__)
    for name, (shapes, f) in EXPRESSIONS.items():
        leaves = [leaf(s) for s in shapes]
        result = f(*leaves)
        result.backward()
        out.write("%s;%s;%s;%s;%s\n" % (
            name, "|".join(",".join(str(d) for d in s) for s in shapes),
            "|".join(bits(l) for l in leaves), bits(result), "|".join(bits(l.grad) for l in leaves)))
