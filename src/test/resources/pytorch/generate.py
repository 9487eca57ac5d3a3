"""Writes the PyTorch reference runs the engine is checked against, bit for bit.

Run with a CPU build of torch:  python generate.py   (it writes the *.csv beside it).
Each row is record k of a run: the state after k updates, with the cost and the
gradients computed AT that state, every number as float32 bits in hex and as repr.
"""
import torch
import torch.optim as optim

torch.set_num_threads(1)
# torch sums with 8-lane vectors on AVX2 and AVX-512 machines alike (see PyTorchSum.java)


def run(name, x, y, w0, b0, lr, epochs, bias=True, momentum=0.0, manual=False):
    x_train = torch.FloatTensor(x)
    y_train = torch.FloatTensor(y)
    k = x_train.shape[1]
    if k == 1:
        W = torch.tensor(w0, dtype=torch.float32, requires_grad=not manual)
    else:
        W = torch.tensor([[v] for v in w0], dtype=torch.float32, requires_grad=not manual)
    b = torch.tensor([b0], dtype=torch.float32, requires_grad=not manual) if bias else None
    params = [W] + ([b] if bias else [])
    optimizer = None if manual else optim.SGD(params, lr=lr, momentum=momentum)
    rows = []

    def hypothesis():
        h = x_train * W if k == 1 else x_train.matmul(W)
        return h + b if bias else h

    for epoch in range(epochs + 1):
        if manual:
            # the lesson's hand formula, part 8
            r = hypothesis() - y_train
            cost = torch.mean(r ** 2)
            gW = torch.stack([2 * torch.mean(r * x_train[:, j:j + 1]) for j in range(k)])
            gB = 2 * torch.mean(r) if bias else None
        else:
            cost = torch.mean((hypothesis() - y_train) ** 2)
            optimizer.zero_grad()
            cost.backward()
            gW = W.grad.reshape(-1)
            gB = b.grad if bias else None
        rows.append((epoch, W.detach().reshape(-1).tolist(), b.item() if bias else 0.0, cost.item(),
                     gW.reshape(-1).tolist(), gB.item() if bias else 0.0))
        if epoch == epochs:
            break
        if manual:
            with torch.no_grad():
                W -= lr * gW.reshape(W.shape)
                if bias:
                    b -= lr * gB
        else:
            optimizer.step()

    def f32(v):
        return torch.tensor(v, dtype=torch.float32).view(torch.int32).item() & 0xFFFFFFFF

    with open(name + ".csv", "w") as out:
        out.write("# torch %s, CPU float32: %s\n" % (torch.__version__, name))
        out.write("# config: x=%s y=%s w0=%s b0=%s lr=%s epochs=%d bias=%s momentum=%s manual=%s\n"
                  % (x, y, w0, b0, lr, epochs, bias, momentum, manual))
        out.write("epoch,W_bits,b_bits,cost_bits,gradW_bits,gradB_bits\n")
        for epoch, w, bb, c, gw, gb in rows:
            out.write("%d,%s,%08x,%08x,%s,%08x\n" % (epoch, " ".join("%08x" % f32(v) for v in w), f32(bb), f32(c),
                                                     " ".join("%08x" % f32(v) for v in gw), f32(gb)))


lesson_x, lesson_y = [[1], [2], [3]], [[2], [4], [6]]
run("lesson", lesson_x, lesson_y, [0.0], 0.0, 0.01, 1000)
run("lesson-no-bias-lr0.1-manual", lesson_x, lesson_y, [0.0], 0.0, 0.1, 20, bias=False, manual=True)
run("lesson-manual", lesson_x, lesson_y, [0.0], 0.0, 0.01, 300, manual=True)
run("lesson-momentum", lesson_x, lesson_y, [-1.5], 2.0, 0.02, 300, momentum=0.9)
torch.manual_seed(7)
xs = (torch.rand(25, 1) * 10 - 3).tolist()
ys = [[1.7 * v[0] - 0.4 + float(e)] for v, e in zip(xs, torch.randn(25) * 0.3)]
run("random-25", xs, ys, [0.3], -0.2, 0.005, 500)
x2 = (torch.rand(12, 2) * 4 - 2).tolist()
y2 = [[0.5 * a - 2.0 * c + 1.0] for a, c in x2]
run("two-features", x2, y2, [0.0, 0.0], 0.0, 0.05, 200)
run("random-25-manual", xs, ys, [0.3], -0.2, 0.005, 200, manual=True)
x3 = (torch.rand(1000, 1) * 2 - 1).tolist()
y3 = [[3.0 * v[0] + 0.5 + float(e)] for v, e in zip(x3, torch.randn(1000) * 0.1)]
run("random-1000", x3, y3, [0.0], 0.0, 0.1, 100)
run("lesson-diverging-lr1", lesson_x, lesson_y, [0.0], 0.0, 1.0, 60)

# torch.sum of random float32 runs of many lengths: the reduction order PyTorchSum follows.
gen = torch.Generator().manual_seed(11)
with open("sums.csv", "w") as out:
    out.write("# torch %s, CPU float32: torch.sum(x) for x of many lengths\n" % torch.__version__)
    out.write("n,sum_bits,x_bits\n")
    for n in list(range(1, 80)) + [127, 128, 129, 255, 256, 257, 511, 512, 513, 1000, 2047, 2048, 2049, 5000]:
        x = torch.randn(n, generator=gen) * torch.exp(torch.randn(n, generator=gen) * 3)
        bits = lambda t: "%08x" % (t.view(torch.int32).item() & 0xFFFFFFFF)
        out.write("%d,%s,%s\n" % (n, bits(x.sum()), " ".join(bits(v) for v in x)))
