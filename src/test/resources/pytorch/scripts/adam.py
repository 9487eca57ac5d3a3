# descentfx train --optimizer adam --lr 0.1 --print-every 50
# Written by DescentFX: run it with PyTorch (python3 this-file.py); it prints what
# `descentfx train` prints with the same options, digit for digit.
import math
import torch
import torch.optim as optim

# one thread: torch's sums then add in the order DescentFX follows, on any machine
torch.set_num_threads(1)

x_train = torch.FloatTensor([[1], [2], [3]])
y_train = torch.FloatTensor([[2], [4], [6]])

W = torch.zeros(1, requires_grad=True)
b = torch.zeros(1, requires_grad=True)

# torch's sqrt on an x86 CPU (MKL's) may round Adam's denominator an ulp away from the
# nearest float, which DescentFX takes: W and b may then differ in their 7th or 8th digit
optimizer = optim.Adam([W, b], lr=0.1)

nb_epochs = 1000
for epoch in range(nb_epochs + 1):
    hypothesis = x_train * W + b
    cost = torch.mean((hypothesis - y_train) ** 2)
    optimizer.zero_grad()
    cost.backward()
    values = W.reshape(-1).tolist() + [b.item()] + [cost.item()]
    blew_up = not all(math.isfinite(v) for v in values)
    if epoch % 50 == 0 or epoch == nb_epochs or blew_up:
        print('Epoch {:4d}/{} W: {:.3f}, b: {:.3f} Cost: {:.6f}'.format(
            epoch, nb_epochs, W.item(), b.item(), cost.item()))
    if epoch == nb_epochs or blew_up:
        break
    optimizer.step()
