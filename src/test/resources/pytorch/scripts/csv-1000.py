# descentfx train --data src/test/resources/pytorch/scripts/line-1000.csv --lr 0.1 --epochs 100 --print-every 1
# Written by DescentFX: run it with PyTorch (python3 this-file.py); it prints what
# `descentfx train` prints with the same options, digit for digit.
import math
import csv
import torch
import torch.optim as optim

# one thread: torch's sums then add in the order DescentFX follows, on any machine
torch.set_num_threads(1)

with open('src/test/resources/pytorch/scripts/line-1000.csv', newline='', encoding='utf-8-sig') as f:
    # rows with a blank cell are skipped, as DescentFX skips them
    rows = [r for r in csv.DictReader(f) if all((r.get(c) or '').strip() for c in ('x', 'y',))]
x_train = torch.FloatTensor([[float(r['x'])] for r in rows])
y_train = torch.FloatTensor([[float(r['y'])] for r in rows])

W = torch.zeros(1, requires_grad=True)
b = torch.zeros(1, requires_grad=True)

optimizer = optim.SGD([W, b], lr=0.1)

nb_epochs = 100
for epoch in range(nb_epochs + 1):
    hypothesis = x_train * W + b
    cost = torch.mean((hypothesis - y_train) ** 2)
    optimizer.zero_grad()
    cost.backward()
    values = W.reshape(-1).tolist() + [b.item()] + [cost.item()]
    blew_up = not all(math.isfinite(v) for v in values)
    if epoch % 1 == 0 or epoch == nb_epochs or blew_up:
        print('Epoch {:4d}/{} W: {:.3f}, b: {:.3f} Cost: {:.6f}'.format(
            epoch, nb_epochs, W.item(), b.item(), cost.item()))
    if epoch == nb_epochs or blew_up:
        break
    optimizer.step()
