"""Writes optim-kernels.csv: torch's in-place float32 operations that optim.SGD and optim.Adam
(single-tensor, foreach=False) are made of, on random inputs, for OptimKernelsTest.

Run with a CPU build of torch:  python optim_kernels.py   (it writes the csv beside it).
Each operation runs on tensors of 1 element (the lesson's W and b: torch's scalar loop) and of
40 elements (its vector loop: 2 x 16 lanes, then 8 left over). Row: op, the Python scalars
as repr, then per element the float32 bits of the inputs a, b and of the result.
"""
import torch

torch.set_num_threads(1)
gen = torch.Generator().manual_seed(5)


def rand(n):
    return (torch.randn(n, generator=gen) * torch.exp(torch.randn(n, generator=gen) * 2)).float()


def bits(t):
    return " ".join("%08x" % (v & 0xFFFFFFFF) for v in t.view(torch.int32).tolist())


ops = {
    # name: (python scalar(s), function of a, b returning the result)
    "lerp": lambda a, b, s: a.clone().lerp_(b, s),                      # exp_avg.lerp_(grad, 1 - beta1)
    "mul_addcmul": lambda a, b, s: a.clone().mul_(s[0]).addcmul_(b, b, value=s[1]),  # exp_avg_sq
    "div_add": lambda a, b, s: (a.abs() / s[0]).add_(s[1]),             # denom = (exp_avg_sq.sqrt() / bias_correction2_sqrt).add_(eps)
    "sqrt": lambda a, b, s: a.abs().sqrt(),                              # torch's own sqrt (MKL VML on x86): NOT always the nearest float
    "addcdiv": lambda a, b, s: a.clone().addcdiv_(b, b.abs() + 0.5, value=s),       # param.addcdiv_(exp_avg, denom, value=-step_size)
    "add_alpha": lambda a, b, s: a.add(b, alpha=s),                     # grad.add(param, alpha=weight_decay); param.add_(grad, alpha=-lr)
    "mul_add_alpha": lambda a, b, s: a.clone().mul_(s[0]).add_(b, alpha=s[1]),       # buf.mul_(momentum).add_(grad, alpha=1 - dampening)
    "maximum": lambda a, b, s: torch.maximum(a.abs(), b.abs()),
}
scalars = {
    "lerp": [1 - 0.9, 1 - 0.5, 1 - 0.3, 1 - 0.95, 1 - 0.0, 1 - 0.99],
    "mul_addcmul": [(0.999, 1 - 0.999), (0.9, 1 - 0.9), (0.5, 1 - 0.5), (0.0, 1 - 0.0)],
    "sqrt": [0.0],
    "div_add": [((1 - 0.999 ** 1) ** 0.5, 1e-8), ((1 - 0.999 ** 7) ** 0.5, 1e-8), ((1 - 0.9 ** 3) ** 0.5, 1e-3)],
    "addcdiv": [-(0.1 / (1 - 0.9 ** 1)), -(0.1 / (1 - 0.9 ** 5)), -(0.01 / (1 - 0.9 ** 100)), -0.3],
    "add_alpha": [0.01, 0.1, -0.1, -0.02, 1 - 0.3, 0.9, 1e-4],
    "mul_add_alpha": [(0.9, 1 - 0.0), (0.9, 1 - 0.1), (0.8, 1 - 0.5), (0.3, 1 - 0.9)],
    "maximum": [0.0],
}
with open("optim-kernels.csv", "w") as out:
    out.write("# cpu capability %s\n" % torch.backends.cpu.get_cpu_capability())
    out.write("# torch %s, CPU float32: the in-place steps of optim.SGD and optim.Adam\n" % torch.__version__)
    out.write("op|scalars|a_bits|b_bits|out_bits\n")
    for name, f in ops.items():
        for s in scalars[name]:
            for n in (1, 40):
                for _ in range(60 if n == 1 else 3):
                    a, b = rand(n), rand(n)
                    r = f(a, b, s)
                    if name in ("div_add", "sqrt"):
                        a = a.abs()
                    shown = " ".join(repr(v) for v in s) if isinstance(s, tuple) else repr(s)
                    out.write("%s|%s|%s|%s|%s\n" % (name, shown, bits(a), bits(b), bits(r)))
    # Adam's bias corrections, computed in Python floats: 1 - beta ** step and its ** 0.5
    for beta in (0.9, 0.999, 0.5, 0.99, 0.0):
        for step in list(range(1, 200)) + [500, 999, 1000, 1001, 5000, 100000]:
            bc = 1 - beta ** float(step)
            out.write("bias|%r %d|%r|%r|\n" % (beta, step, bc, bc ** 0.5))
