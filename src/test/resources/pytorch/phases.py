"""Writes PyTorch reference runs of the lesson's loop variations, and the inside of each epoch call by call.

Run with a CPU build of torch:  python phases.py   (it writes the *.csv beside it).
The record files are in generate.py's format: row k is record k of a run, the state after k updates,
with the cost and the gradients computed AT that state, every number as float32 bits in hex. One more
key=value at the end of the config line tells what differs from generate.py's loop:
  zero_grad=False     optimizer.zero_grad() is never called, so W.grad and b.grad accumulate across
                      epochs; the gradient columns hold what W.grad / b.grad hold after that epoch's backward
  lr_changes=E:LR     every param_group's lr becomes LR right before the step of record E
lesson-phases.csv is the lesson's epochs call by call: run,epoch,phase,tensor,bits with the bits of
the tensor flattened, or `none` where the tensor is None or not yet defined in this epoch.
"""
import inspect

import torch
import torch.optim as optim

torch.set_num_threads(1)
# torch sums with 8-lane vectors on AVX2 and AVX-512 machines alike (see PyTorchSum.java)


def f32(v):
    return torch.tensor(v, dtype=torch.float32).view(torch.int32).item() & 0xFFFFFFFF


def run(name, x, y, w0, b0, lr, epochs, bias=True, momentum=0.0, zero_grad=True, lr_changes=None):
    """generate.py's autograd run (k = 1 feature), with zero_grad and lr_changes as options."""
    x_train = torch.FloatTensor(x)
    y_train = torch.FloatTensor(y)
    W = torch.tensor(w0, dtype=torch.float32, requires_grad=True)
    b = torch.tensor([b0], dtype=torch.float32, requires_grad=True) if bias else None
    params = [W] + ([b] if bias else [])
    optimizer = optim.SGD(params, lr=lr, momentum=momentum)
    lr_changes = lr_changes or {}
    rows = []

    for epoch in range(epochs + 1):
        hypothesis = x_train * W + b if bias else x_train * W
        cost = torch.mean((hypothesis - y_train) ** 2)
        if zero_grad:
            optimizer.zero_grad()
        cost.backward()
        gW = W.grad.reshape(-1)
        gB = b.grad if bias else None
        rows.append((epoch, W.detach().reshape(-1).tolist(), b.item() if bias else 0.0, cost.item(),
                     gW.reshape(-1).tolist(), gB.item() if bias else 0.0))
        if epoch == epochs:
            break
        if epoch in lr_changes:
            for group in optimizer.param_groups:
                group['lr'] = lr_changes[epoch]
        optimizer.step()

    extra = ""
    if not zero_grad:
        extra += " zero_grad=False"
    if lr_changes:
        extra += " lr_changes=" + ",".join("%d:%s" % (e, v) for e, v in sorted(lr_changes.items()))
    with open(name + ".csv", "w") as out:
        out.write("# torch %s, CPU float32: %s\n" % (torch.__version__, name))
        out.write("# config: x=%s y=%s w0=%s b0=%s lr=%s epochs=%d bias=%s momentum=%s manual=%s%s\n"
                  % (x, y, w0, b0, lr, epochs, bias, momentum, False, extra))
        out.write("epoch,W_bits,b_bits,cost_bits,gradW_bits,gradB_bits\n")
        for epoch, w, bb, c, gw, gb in rows:
            out.write("%d,%s,%08x,%08x,%s,%08x\n" % (epoch, " ".join("%08x" % f32(v) for v in w), f32(bb), f32(c),
                                                     " ".join("%08x" % f32(v) for v in gw), f32(gb)))
    return rows


lesson_x, lesson_y = [[1], [2], [3]], [[2], [4], [6]]
run("lesson-skip-zero-grad", lesson_x, lesson_y, [0.0], 0.0, 0.01, 1000, zero_grad=False)
run("lesson-no-bias-skip-zero-grad", lesson_x, lesson_y, [0.0], 0.0, 0.01, 200, bias=False, zero_grad=False)
run("lesson-momentum-lr-change", lesson_x, lesson_y, [0.0], 0.0, 0.01, 200, momentum=0.9, lr_changes={10: 0.02})
run("lesson-skip-zero-grad-momentum", lesson_x, lesson_y, [0.0], 0.0, 0.01, 100, momentum=0.9, zero_grad=False)


# ---- lesson-phases.csv: the inside of each epoch, call by call ----

def bits(t):
    if t is None:
        return "none"
    return " ".join("%08x" % (v & 0xFFFFFFFF) for v in t.detach().reshape(-1).view(torch.int32).tolist())


def phases(out, run_name, recorded, epochs, bias=True, zero_grad=True, manual=False, lr=0.01):
    """Runs epochs 0..epochs of the lesson and writes the moments of the epochs in recorded."""
    x_train = torch.FloatTensor(lesson_x)
    y_train = torch.FloatTensor(lesson_y)
    W = torch.zeros(1, requires_grad=not manual)
    b = torch.zeros(1, requires_grad=True) if bias and not manual else None
    optimizer = None if manual else optim.SGD([W] + ([b] if b is not None else []), lr=lr)
    order = []
    if not manual:
        # leaves keep their hooks across epochs: register once; they fire when the leaf's grad is computed
        W.register_hook(lambda g: order.append("W"))
        if b is not None:
            b.register_hook(lambda g: order.append("b"))

    nodes = ["mul"] + (["add"] if b is not None else []) + ["sub", "pow", "mean"]

    for epoch in range(epochs + 1):
        t = {}  # this epoch's tensors, by name

        def node(n, tensor):
            # a graph node: keep its grad after backward, and log when its grad is computed
            tensor.retain_grad()
            tensor.register_hook(lambda g: order.append(n))
            t[n] = tensor
            return tensor

        def write(phase):
            if epoch not in recorded:
                return
            rows = [("W", W)]
            if b is not None:
                rows.append(("b", b))
            rows.append(("W.grad", W.grad))
            if b is not None:
                rows.append(("b.grad", b.grad))
            rows += [("hypothesis", t.get("hypothesis")), ("cost", t.get("cost"))]
            if manual:
                rows.append(("gradient", t.get("gradient")))
            else:
                rows += [(n, t.get(n)) for n in nodes]
                rows += [(n + ".grad", t[n].grad if n in t else None) for n in nodes]
            for name, value in rows:
                out.write("%s,%d,%s,%s,%s\n" % (run_name, epoch, phase, name, bits(value)))

        if epoch == 0:
            write("start")
        if manual:
            hypothesis = x_train * W
            t["hypothesis"] = hypothesis
            write("forward")
            cost = torch.mean((hypothesis - y_train) ** 2)
            t["cost"] = cost
            write("cost")
            gradient = 2 * torch.mean((W * x_train - y_train) * x_train)
            t["gradient"] = gradient
            write("gradient")
            W -= lr * gradient
            write("step")
            continue

        mul = node("mul", x_train * W)
        if b is not None:
            add = node("add", mul + b)
            hypothesis = add
        else:
            hypothesis = mul
        t["hypothesis"] = hypothesis
        write("forward")
        sub = node("sub", hypothesis - y_train)
        pw = node("pow", sub ** 2)
        mean = node("mean", torch.mean(pw))
        cost = mean
        t["cost"] = cost
        write("cost")
        if zero_grad:
            optimizer.zero_grad()
        write("zero_grad")
        order.clear()
        cost.backward()
        write("backward")
        if epoch in recorded:
            out.write("%s,%d,backward,backward_order,%s\n" % (run_name, epoch, " ".join(order)))
        optimizer.step()
        write("step")


with open("lesson-phases.csv", "w") as out:
    default = inspect.signature(optim.SGD.zero_grad).parameters["set_to_none"].default
    out.write("# torch %s, CPU float32: lesson-phases, the lesson's epochs call by call\n" % torch.__version__)
    out.write("# optimizer.zero_grad() here is zero_grad(set_to_none=%s), torch %s's default: it sets W.grad and"
              " b.grad to None\n" % (default, torch.__version__))
    out.write("# runs: lesson (bias, lr 0.01, autograd), no-bias (W only, lr 0.01), skip-zero-grad (lesson without"
              " zero_grad), manual (no bias, W without grad, lr 0.1, gradient = 2 * mean((W * x - y) * x))\n")
    out.write("run,epoch,phase,tensor,bits\n")
    phases(out, "lesson", {0, 1, 2, 3, 999, 1000}, 1000)
    phases(out, "no-bias", {0, 1, 2}, 2, bias=False)
    phases(out, "skip-zero-grad", {0, 1, 2, 3}, 3, zero_grad=False)
    phases(out, "manual", {0, 1, 2, 3}, 3, bias=False, manual=True, lr=0.1)
