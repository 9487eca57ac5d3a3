"""Writes PyTorch reference runs of the lesson's loop with optim.SGD's options and optim.Adam.

Run with a CPU build of torch:  python optimizers.py   (it writes the *.csv beside it).
The record files are in generate.py's format; the config line ends with the optimizer, e.g.
  optimizer=adam(beta1=0.9,beta2=0.999,eps=1e-08,weight_decay=0.0,amsgrad=False)
  optimizer=sgd(momentum=0.9,dampening=0.0,nesterov=True,weight_decay=0.0)
Both run as their single-tensor implementations (foreach=False, torch's CPU default anyway).

torch's Tensor.sqrt on an x86 CPU is MKL's vector sqrt (VML_HA): within 1 ulp of the nearest float
but not always it, and not the same on every CPU (AVX-512 and ATEN_CPU_CAPABILITY=default
disagree). Adam's denominator takes exp_avg_sq.sqrt(), so the Adam runs are recorded twice: NAME.csv
with Tensor.sqrt giving the nearest float (numpy's IEEE sqrt; torch's own code otherwise untouched),
which DescentFX matches bit for bit, and NAME-mkl-sqrt.csv with torch as it is, which it matches to
within a few ulps (PyTorchReferenceTest says how many).
"""
import numpy as np
import torch
import torch.optim as optim

torch.set_num_threads(1)
MKL_SQRT = torch.Tensor.sqrt


def ieee_sqrt(self):
    return torch.from_numpy(np.sqrt(self.detach().numpy()))


def f32(v):
    return torch.tensor(v, dtype=torch.float32).view(torch.int32).item() & 0xFFFFFFFF


def run(name, x, y, w0, b0, lr, epochs, kind, bias=True, **options):
    x_train = torch.FloatTensor(x)
    y_train = torch.FloatTensor(y)
    W = torch.tensor(w0, dtype=torch.float32, requires_grad=True)
    b = torch.tensor([b0], dtype=torch.float32, requires_grad=True) if bias else None
    params = [W] + ([b] if bias else [])
    if kind == "adam":
        settings = dict(beta1=0.9, beta2=0.999, eps=1e-8, weight_decay=0.0, amsgrad=False)
        settings.update(options)
        optimizer = optim.Adam(params, lr=lr, betas=(settings["beta1"], settings["beta2"]), eps=settings["eps"],
                               weight_decay=settings["weight_decay"], amsgrad=settings["amsgrad"], foreach=False)
    else:
        settings = dict(momentum=0.0, dampening=0.0, nesterov=False, weight_decay=0.0)
        settings.update(options)
        optimizer = optim.SGD(params, lr=lr, foreach=False, **settings)
    rows = []
    for epoch in range(epochs + 1):
        hypothesis = x_train * W + b if bias else x_train * W
        cost = torch.mean((hypothesis - y_train) ** 2)
        optimizer.zero_grad()
        cost.backward()
        rows.append((epoch, W.detach().reshape(-1).tolist(), b.item() if bias else 0.0, cost.item(),
                     W.grad.reshape(-1).tolist(), b.grad.item() if bias else 0.0))
        if epoch == epochs:
            break
        optimizer.step()
    shown = kind + "(" + ",".join("%s=%r" % kv for kv in settings.items()) + ")"
    with open(name + ".csv", "w") as out:
        out.write("# torch %s, CPU float32 (%s, sqrt %s): %s\n" % (torch.__version__, torch.backends.cpu.get_cpu_capability(),
                  "torch's own" if torch.Tensor.sqrt is MKL_SQRT else "nearest float", name))
        out.write("# config: x=%s y=%s w0=%s b0=%s lr=%s epochs=%d bias=%s momentum=%s manual=False optimizer=%s\n"
                  % (x, y, w0, b0, lr, epochs, bias, settings.get("momentum", 0.0), shown))
        out.write("epoch,W_bits,b_bits,cost_bits,gradW_bits,gradB_bits\n")
        for epoch, w, bb, c, gw, gb in rows:
            out.write("%d,%s,%08x,%08x,%s,%08x\n" % (epoch, " ".join("%08x" % f32(v) for v in w), f32(bb), f32(c),
                                                     " ".join("%08x" % f32(v) for v in gw), f32(gb)))


lesson_x, lesson_y = [[1], [2], [3]], [[2], [4], [6]]
torch.manual_seed(7)
xs = (torch.rand(25, 1) * 10 - 3).tolist()
ys = [[1.7 * v[0] - 0.4 + float(e)] for v, e in zip(xs, torch.randn(25) * 0.3)]

run("lesson-sgd-nesterov", lesson_x, lesson_y, [0.0], 0.0, 0.01, 1000, "sgd", momentum=0.9, nesterov=True)
run("lesson-sgd-dampening", lesson_x, lesson_y, [0.0], 0.0, 0.02, 1000, "sgd", momentum=0.9, dampening=0.5)
run("lesson-sgd-weight-decay", lesson_x, lesson_y, [0.0], 0.0, 0.01, 1000, "sgd", weight_decay=0.1)
run("lesson-sgd-all", lesson_x, lesson_y, [-1.5], 2.0, 0.01, 1000, "sgd", momentum=0.5, dampening=0.25, weight_decay=0.05)
for suffix, sqrt in (("", ieee_sqrt), ("-mkl-sqrt", MKL_SQRT)):
    torch.Tensor.sqrt = sqrt
    run("lesson-adam" + suffix, lesson_x, lesson_y, [0.0], 0.0, 0.1, 1000, "adam")
    run("lesson-adam-amsgrad-wd" + suffix, lesson_x, lesson_y, [0.0], 0.0, 0.1, 1000, "adam", amsgrad=True,
        weight_decay=0.01, beta1=0.8, beta2=0.99)
    run("random-25-adam" + suffix, xs, ys, [0.3], -0.2, 0.05, 1000, "adam", eps=1e-6)
torch.Tensor.sqrt = MKL_SQRT
