# descentfx train --data src/test/resources/pytorch/scripts/line-1000.csv --lr 0.1 --epochs 100 --print-every 1 --gradient manual --momentum 0.5
# Written by DescentFX: run it with PyTorch (python3 this-file.py); it prints what
# `descentfx train` prints with the same options, digit for digit.
import math
import csv
import torch

# one thread: torch's sums then add in the order DescentFX follows, on any machine
torch.set_num_threads(1)

with open('src/test/resources/pytorch/scripts/line-1000.csv', newline='', encoding='utf-8-sig') as f:
    # rows with a blank cell are skipped, as DescentFX skips them
    rows = [r for r in csv.DictReader(f) if all((r.get(c) or '').strip() for c in ('x', 'y',))]
x_train = torch.FloatTensor([[float(r['x'])] for r in rows])
y_train = torch.FloatTensor([[float(r['y'])] for r in rows])

W = torch.zeros(1)
b = torch.zeros(1)

lr = 0.1
momentum = 0.5
velocity = None   # the momentum buffer, as optim.SGD keeps it
velocity_b = None

nb_epochs = 100
for epoch in range(nb_epochs + 1):
    hypothesis = x_train * W + b
    cost = torch.mean((hypothesis - y_train) ** 2)
    residual = hypothesis - y_train
    gradient = 2 * torch.mean(residual * x_train)
    gradient_b = 2 * torch.mean(residual)
    values = W.reshape(-1).tolist() + [b.item()] + [cost.item()]
    blew_up = not all(math.isfinite(v) for v in values)
    if epoch % 1 == 0 or epoch == nb_epochs or blew_up:
        print('Epoch {:4d}/{} W: {:.3f}, b: {:.3f} Cost: {:.6f}'.format(
            epoch, nb_epochs, W.item(), b.item(), cost.item()))
    if epoch == nb_epochs or blew_up:
        break
    velocity = gradient.clone() if velocity is None else velocity.mul_(momentum).add_(gradient)
    velocity_b = gradient_b.clone() if velocity_b is None else velocity_b.mul_(momentum).add_(gradient_b)
    with torch.no_grad():
        W -= lr * velocity
        b -= lr * velocity_b
