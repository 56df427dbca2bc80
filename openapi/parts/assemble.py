"""Temporary: stitch the spec fragments written in parallel into openapi/didit.yaml and validate.

Fragments (each optional while work is in progress):
  head.yaml                 everything above `paths:` (column 0)
  *.paths.yaml              entries that sit under `paths:` (2-space indent)
  *.webhooks.yaml           entries under `webhooks:` (2-space indent)
  *.schemas.yaml            entries under `components: schemas:` (4-space indent)
  *.responses.yaml          entries under `components: responses:` (4-space indent)
  components-head.yaml      entries under `components:` other than schemas/responses (2-space indent)
"""
import glob, os, sys
here = os.path.dirname(os.path.abspath(__file__))
def parts(suffix):
    return "".join(open(p).read().rstrip("\n") + "\n" for p in sorted(glob.glob(os.path.join(here, f"*{suffix}"))))
out = []
head = os.path.join(here, "head.yaml")
if os.path.exists(head):
    out.append(open(head).read().rstrip("\n") + "\n")
out.append("paths:\n" + parts(".paths.yaml"))
wh = parts(".webhooks.yaml")
if wh:
    out.append("webhooks:\n" + wh)
out.append("components:\n")
ch = os.path.join(here, "components-head.yaml")
if os.path.exists(ch):
    out.append(open(ch).read().rstrip("\n") + "\n")
out.append("  schemas:\n" + parts(".schemas.yaml"))
r = parts(".responses.yaml")
if r:
    out.append("  responses:\n" + r)
target = os.path.join(here, "..", "didit.yaml") if "--write" in sys.argv else os.path.join("/tmp", "didit-assembled.yaml")
open(target, "w").write("".join(out))
print("wrote", os.path.abspath(target))
if "--validate" in sys.argv:
    import yaml
    from openapi_spec_validator import validate
    validate(yaml.safe_load(open(target)))
    print("valid")
