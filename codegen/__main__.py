"""``python -m codegen [--spec PATH] [--out DIR] [--check]``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .pipeline import diff, generate
from .spec_loader import load_spec
from .types import CodegenError

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m codegen", description=__doc__)
    parser.add_argument("--spec", type=Path, default=ROOT / "openapi" / "didit.yaml")
    parser.add_argument("--out", type=Path, default=ROOT / "didit_async" / "_generated")
    parser.add_argument("--check", action="store_true", help="report drift, write nothing")
    args = parser.parse_args(argv)
    try:
        spec = load_spec(args.spec)
        if args.check:
            stale = list(diff(spec, args.out))
            if stale:
                print(
                    f"{args.out} differs from a fresh generation of {args.spec}:",
                    *stale,
                    sep="\n  ",
                    file=sys.stderr,
                )
                print("Run `make generate` and commit the result.", file=sys.stderr)
                return 1
            print(f"{args.out} is up to date with {args.spec}.")
            return 0
        written = generate(spec, args.out)
    except CodegenError as exc:
        print(f"codegen: {args.spec}: {exc}", file=sys.stderr)
        return 2
    print(f"wrote {len(written)} files to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
