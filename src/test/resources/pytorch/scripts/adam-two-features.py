# descentfx train --data src/test/resources/pytorch/scripts/two-features-12.csv --optimizer adam --lr 0.05 --eps 1e-6 --epochs 200 --print-every 10
# Written by DescentFX: run it with PyTorch (python3 this-file.py); it prints what
# `descentfx train` prints with the same options, digit for digit.
import math
import torch
import torch.optim as optim

# one thread: torch's sums then add in the order DescentFX follows, on any machine
torch.set_num_threads(1)

x_train = torch.FloatTensor([[-1.0481415, 0.1769169], [0.5028812, -1.7378845], [-1.9473281, 1.3498763], [1.9825794, -0.11894597], [1.3458458, -0.09458716], [0.53944266, 1.4721812], [0.092724845, 0.9650074], [1.032921, 0.36439833], [-0.7949294, -1.875953], [0.8752957, 1.5152512], [0.8565179, 1.6843947], [-0.22151577, 1.7423469]])
y_train = torch.FloatTensor([[0.028957615], [4.8264475], [-2.677709], [2.3021314], [1.8254182], [-1.7184536], [-0.900895], [0.7556301], [4.4295454], [-1.6774768], [-2.082469], [-2.4853005]])

W = torch.tensor([[0], [0]], dtype=torch.float32, requires_grad=True)
b = torch.zeros(1, requires_grad=True)

# torch's sqrt on an x86 CPU (MKL's) may round Adam's denominator an ulp away from the
# nearest float, which DescentFX takes: W and b may then differ in their 7th or 8th digit
optimizer = optim.Adam([W, b], lr=0.05, eps=1.0E-6)

nb_epochs = 200
for epoch in range(nb_epochs + 1):
    hypothesis = x_train.matmul(W) + b
    cost = torch.mean((hypothesis - y_train) ** 2)
    optimizer.zero_grad()
    cost.backward()
    values = W.reshape(-1).tolist() + [b.item()] + [cost.item()]
    blew_up = not all(math.isfinite(v) for v in values)
    if epoch % 10 == 0 or epoch == nb_epochs or blew_up:
        print('Epoch {:4d}/{} W: [{}], b: {:.3f} Cost: {:.6f}'.format(
            epoch, nb_epochs, ', '.join('{:.3f}'.format(v) for v in W.reshape(-1).tolist()), b.item(), cost.item()))
    if epoch == nb_epochs or blew_up:
        break
    optimizer.step()
