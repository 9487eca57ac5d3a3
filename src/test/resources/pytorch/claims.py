"""References for the README's claims of where DescentFX is PyTorch's numbers bit for bit.

Run with a CPU build of torch:  python claims.py   (writes claims-*.csv beside it; about a minute).
It runs the lesson's loop (SGD, zero_grad, backward, step), recording every epoch as float32 bits
like generate.py, on data made from integers by the formula in data() (Java makes the same floats):

  claims-one-feature.csv       x * W + b, for many N from 1 to 262,145, 3 epochs each, one thread
  claims-one-feature-2threads  the same with torch.set_num_threads(2)
  claims-several-features.csv  x.matmul(W) + b: the course's lab-04 data (5 x 3, lr 1e-5, 20 epochs)
                               and 40,000 x 3 points (lr 0.1, 5 epochs), one thread
  claims-several-features-2threads   the same with two threads

Each run is recorded under the environment it is started in; the header says which (MKL_CBWR etc.)
and torch's CPU capability. To check MKL's paths, run it again with MKL_CBWR=COMPATIBLE (or AVX2,
AVX512) and compare the files: on the AMD EPYC (AVX-512) machine these were made on, all are equal.
"""
import os
import sys

import numpy
import torch
import torch.optim as optim

SIZES = list(range(1, 41)) + [63, 64, 65, 127, 128, 129, 255, 257, 511, 512, 513, 1000, 1023, 1024, 1025,
                              4095, 4097, 16383, 16384, 16385, 32767, 32768, 32769, 40000, 65536, 65537,
                              100000, 131071, 262145]
LAB04_X = [[73, 80, 75], [93, 88, 93], [89, 91, 90], [96, 98, 100], [73, 66, 70]]
LAB04_Y = [[152], [185], [180], [196], [142]]


def data(n, k, salt):
    """n x k float32 values in [-1, 1): ((i * 7919 + j * 104729 + salt) % 20011) / 10005.5 - 1, in doubles."""
    i = numpy.arange(n, dtype=numpy.int64)
    cols = [((i * 7919 + j * 104729 + salt) % 20011) / 10005.5 - 1.0 for j in range(k)]
    return numpy.stack(cols, 1).astype(numpy.float32)


def one_feature(n):
    x = data(n, 1, 0)
    e = data(n, 1, 17)
    y = (3.0 * x.astype(numpy.float64) + 0.5 + 0.1 * e.astype(numpy.float64)).astype(numpy.float32)
    return x, y


def several_features(n):
    x = data(n, 3, 5)
    e = data(n, 1, 23)
    xd = x.astype(numpy.float64)
    y = (0.5 * xd[:, :1] - 2.0 * xd[:, 1:2] + 1.5 * xd[:, 2:] + 1.0 + 0.1 * e.astype(numpy.float64)).astype(numpy.float32)
    return x, y


def bits(t):
    return " ".join("%08x" % (v & 0xFFFFFFFF) for v in t.detach().reshape(-1).contiguous().view(torch.int32).tolist())


def run(x, y, lr, epochs):
    x_train, y_train = torch.from_numpy(x), torch.from_numpy(y)
    k = x_train.shape[1]
    W = torch.zeros(1 if k == 1 else (k, 1), requires_grad=True)
    b = torch.zeros(1, requires_grad=True)
    optimizer = optim.SGD([W, b], lr=lr)
    rows = []
    for epoch in range(epochs + 1):
        hypothesis = x_train * W + b if k == 1 else x_train.matmul(W) + b
        cost = torch.mean((hypothesis - y_train) ** 2)
        optimizer.zero_grad()
        cost.backward()
        rows.append("%s,%s,%s,%s,%s" % (bits(W), bits(b), bits(cost), bits(W.grad), bits(b.grad)))
        optimizer.step()
    return rows


def header(out, what, threads):
    env = " ".join("%s=%s" % (k, os.environ[k]) for k in ("MKL_CBWR", "MKL_ENABLE_INSTRUCTIONS", "OMP_NUM_THREADS")
                   if k in os.environ) or "default environment"
    out.write("# torch %s, CPU float32, %d thread(s), %s, CPU capability %s, MKL %s: %s\n"
              % (torch.__version__, threads, env, torch.backends.cpu.get_cpu_capability(),
                 torch.backends.mkl.is_available(), what))
    out.write("run,n,epoch,W_bits,b_bits,cost_bits,gradW_bits,gradB_bits\n")


def write(name, threads, runs):
    torch.set_num_threads(threads)
    with open(name, "w") as out:
        header(out, name, threads)
        for label, x, y, lr, epochs in runs():
            for epoch, row in enumerate(run(x, y, lr, epochs)):
                out.write("%s,%d,%d,%s\n" % (label, x.shape[0], epoch, row))


def one_feature_runs():
    for n in SIZES:
        x, y = one_feature(n)
        yield "one-feature", x, y, 0.1, 3


def several_feature_runs():
    yield ("lab-04", numpy.array(LAB04_X, dtype=numpy.float32), numpy.array(LAB04_Y, dtype=numpy.float32), 1e-5, 20)
    for n in (12, 1000, 40000):
        x, y = several_features(n)
        yield "several-features", x, y, 0.1, 5


suffix = sys.argv[1] if len(sys.argv) > 1 else ""
write("claims-one-feature%s.csv" % suffix, 1, one_feature_runs)
write("claims-one-feature-2threads%s.csv" % suffix, 2, one_feature_runs)
write("claims-several-features%s.csv" % suffix, 1, several_feature_runs)
write("claims-several-features-2threads%s.csv" % suffix, 2, several_feature_runs)
