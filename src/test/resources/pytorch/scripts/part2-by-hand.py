# descentfx train --no-bias --gradient manual --lr 0.1 --epochs 20 --print-every 1
# Written by DescentFX: run it with PyTorch (python3 this-file.py); it prints what
# `descentfx train` prints with the same options, digit for digit.
import math
import torch

# one thread: torch's sums then add in the order DescentFX follows, on any machine
torch.set_num_threads(1)

x_train = torch.FloatTensor([[1], [2], [3]])
y_train = torch.FloatTensor([[2], [4], [6]])

W = torch.zeros(1)

lr = 0.1

nb_epochs = 20
for epoch in range(nb_epochs + 1):
    hypothesis = x_train * W
    cost = torch.mean((hypothesis - y_train) ** 2)
    gradient = 2 * torch.mean((W * x_train - y_train) * x_train)
    values = W.reshape(-1).tolist() + [cost.item()]
    blew_up = not all(math.isfinite(v) for v in values)
    if epoch % 1 == 0 or epoch == nb_epochs or blew_up:
        print('Epoch {:4d}/{} W: {:.3f} Cost: {:.6f}'.format(
            epoch, nb_epochs, W.item(), cost.item()))
    if epoch == nb_epochs or blew_up:
        break
    with torch.no_grad():
        W -= lr * gradient
