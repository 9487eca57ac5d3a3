"""Records what real PyTorch prints for the scripts `descentfx script` writes.

From the project folder, with a CPU build of torch and the jar built:
    python src/test/resources/pytorch/scripts/record.py
For each case of cases.txt it writes NAME.py (the script DescentFX wrote) and NAME.out (what
python printed running it). ScriptCommandTest checks that the script is still the one recorded,
and that `descentfx train` prints exactly NAME.out.
"""
import os
import shlex
import subprocess
import sys

here = os.path.dirname(os.path.abspath(__file__))
for line in open(os.path.join(here, "cases.txt")):
    if not line.strip() or line.startswith("#"):
        continue
    name, options = (part.strip() for part in line.split("|", 1))
    script = os.path.join(here, name + ".py")
    subprocess.run(["java", "-jar", "target/descentfx.jar", "script", *shlex.split(options), "--out", script],
                   check=True, stdout=subprocess.DEVNULL)
    out = subprocess.run([sys.executable, script], check=True, capture_output=True, text=True).stdout
    with open(os.path.join(here, name + ".out"), "w") as f:
        f.write(out)
    print(name, len(out.splitlines()), "lines")
