"""The benchmark's epoch in PyTorch: the lesson's loop, one thread, on the data the Java side wrote.

Run by EpochBenchmark (python torch_epoch.py DIR N...): DIR/data-N.bin holds x then y, N float32
values each (little-endian). For each N it first runs CHECK_EPOCHS epochs from the benchmark's start
and prints W, b and the last cost as float32 bits (the benchmark compares them with the engine's),
then times the loop: the median over 11 rounds (about 0.2 s each) of the mean time per epoch.
"""
import statistics
import sys
import time

import numpy
import torch
import torch.optim as optim

torch.set_num_threads(1)
START_W, START_B, LR = 1.9, 0.1, 0.01


def bits(t):
    return "%08x" % (t.detach().reshape(-1).view(torch.int32)[0].item() & 0xFFFFFFFF)


def setup(x, y):
    x_train = torch.from_numpy(x.copy()).reshape(-1, 1)
    y_train = torch.from_numpy(y.copy()).reshape(-1, 1)
    W = torch.tensor([START_W], dtype=torch.float32, requires_grad=True)
    b = torch.tensor([START_B], dtype=torch.float32, requires_grad=True)
    optimizer = optim.SGD([W, b], lr=LR)

    def epoch():
        hypothesis = x_train * W + b
        cost = torch.mean((hypothesis - y_train) ** 2)
        optimizer.zero_grad()
        cost.backward()
        optimizer.step()
        return cost.item()

    return W, b, epoch


def main():
    folder, sizes = sys.argv[1], [int(a) for a in sys.argv[2:]]
    print("TORCHVERSION %s threads=%d" % (torch.__version__, torch.get_num_threads()), flush=True)
    for n in sizes:
        data = numpy.fromfile("%s/data-%d.bin" % (folder, n), dtype="<f4")
        x, y = data[:n], data[n:]
        check_epochs = 3 if n > 10_000 else 50
        W, b, epoch = setup(x, y)
        for _ in range(check_epochs):
            cost = epoch()
        print("CHECK n=%d epochs=%d W=%s b=%s cost=%s" % (n, check_epochs, bits(W), bits(b),
                                                          bits(torch.tensor(cost, dtype=torch.float32))), flush=True)
        W, b, epoch = setup(x, y)
        t = time.perf_counter()
        warm = 0
        while time.perf_counter() - t < 0.5:   # warm-up, which also says how many epochs fill 0.2 s
            epoch()
            warm += 1
        per_round = max(3, int(warm * 0.2 / (time.perf_counter() - t)))
        rounds = []
        for _ in range(11):
            t = time.perf_counter()
            for _ in range(per_round):
                epoch()
            rounds.append((time.perf_counter() - t) / per_round * 1e6)
        print("TORCH n=%d torch_us=%.4g epochs_per_round=%d" % (n, statistics.median(rounds), per_round), flush=True)


main()
