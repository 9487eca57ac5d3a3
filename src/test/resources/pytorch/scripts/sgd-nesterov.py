# descentfx train --momentum 0.9 --nesterov
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

optimizer = optim.SGD([W, b], lr=0.01, momentum=0.9, nesterov=True)

nb_epochs = 1000
for epoch in range(nb_epochs + 1):
    hypothesis = x_train * W + b
    cost = torch.mean((hypothesis - y_train) ** 2)
    optimizer.zero_grad()
    cost.backward()
    values = W.reshape(-1).tolist() + [b.item()] + [cost.item()]
    blew_up = not all(math.isfinite(v) for v in values)
    if epoch % 100 == 0 or epoch == nb_epochs or blew_up:
        print('Epoch {:4d}/{} W: {:.3f}, b: {:.3f} Cost: {:.6f}'.format(
            epoch, nb_epochs, W.item(), b.item(), cost.item()))
    if epoch == nb_epochs or blew_up:
        break
    optimizer.step()
