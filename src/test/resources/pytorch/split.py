"""Writes split-40.csv: a run that holds out a quarter of 40 points, recorded with real PyTorch.

Run with a CPU build of torch:  python split.py   (it writes split-40.csv beside it).
The test rows are drawn here as DescentFX draws them (training.Split): java.util.Random(seed),
its 48-bit LCG written out below, shuffles the row numbers 0..m-1 as Collections.shuffle does
(for i = m-1 down to 1, swap i with nextInt(i + 1)), and the first round(f*m) rows test.
Each record k: W, b, the train cost (the lesson's loop) and the test cost
torch.mean((x_test * W + b - y_test) ** 2), as float32 bits in hex.
"""
import torch
import torch.optim as optim

torch.set_num_threads(1)

MASK48 = (1 << 48) - 1


class JavaRandom:
    def __init__(self, seed):
        self.seed = (seed ^ 0x5DEECE66D) & MASK48

    def next(self, bits):
        self.seed = (self.seed * 0x5DEECE66D + 0xB) & MASK48
        v = self.seed >> (48 - bits)
        return v - (1 << 32) if v >= (1 << 31) else v

    def next_int(self, bound):
        if bound & (bound - 1) == 0:
            return (bound * self.next(31)) >> 31
        while True:
            bits = self.next(31)
            val = bits % bound
            s = (bits - val + (bound - 1)) & 0xFFFFFFFF
            if s < (1 << 31):   # Java's int overflow check: bits - val + (bound - 1) >= 0
                return val


def test_rows(m, fraction, seed):
    n = max(1, min(m - 1, int(fraction * m + 0.5)))   # Math.round, half up (positive values)
    rows = list(range(m))
    rnd = JavaRandom(seed)
    for i in range(m - 1, 0, -1):
        j = rnd.next_int(i + 1)
        rows[i], rows[j] = rows[j], rows[i]
    return sorted(rows[:n])


M, FRACTION, SEED, LR, EPOCHS = 40, 0.25, 42, 0.01, 30
x = [i * 0.25 for i in range(M)]                                   # exact in binary
y = [2 * x[i] + 1 + ((i * 37) % 11 - 5) * 0.125 for i in range(M)]  # a line with exact "noise"
test = test_rows(M, FRACTION, SEED)
train = [i for i in range(M) if i not in test]

x_train = torch.FloatTensor([[x[i]] for i in train])
y_train = torch.FloatTensor([[y[i]] for i in train])
x_test = torch.FloatTensor([[x[i]] for i in test])
y_test = torch.FloatTensor([[y[i]] for i in test])
W = torch.zeros(1, requires_grad=True)
b = torch.zeros(1, requires_grad=True)
optimizer = optim.SGD([W, b], lr=LR)


def f32(v):
    return torch.tensor(v, dtype=torch.float32).view(torch.int32).item() & 0xFFFFFFFF


with open("split-40.csv", "w") as out:
    out.write("# torch %s, CPU float32: %d points, test fraction %s, seed %d, lr %s\n"
              % (torch.__version__, M, FRACTION, SEED, LR))
    out.write("# test rows: %s\n" % " ".join(str(i) for i in test))
    out.write("epoch,W,b,cost,test_cost\n")
    for epoch in range(EPOCHS + 1):
        hypothesis = x_train * W + b
        cost = torch.mean((hypothesis - y_train) ** 2)
        with torch.no_grad():
            test_cost = torch.mean((x_test * W + b - y_test) ** 2)
        out.write("%d,%08x,%08x,%08x,%08x\n" % (epoch, f32(W.item()), f32(b.item()), f32(cost.item()),
                                                f32(test_cost.item())))
        optimizer.zero_grad()
        cost.backward()
        optimizer.step()
