"""`consultor`: the project's command line.

Each area registers its own sub-commands, so this module only wires them together.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence


def build_parser() -> argparse.ArgumentParser:
    """The `consultor` argument parser with every sub-command registered."""
    from devstack.cli import register as register_stack
    from service.ai.cli import register as register_ai
    from service.flows.cli import register as register_flows
    from service.runner import register as register_runner

    parser = argparse.ArgumentParser(prog="consultor", description="Consultor.AI")
    sub = parser.add_subparsers(dest="command", required=True)
    for register in (register_stack, register_runner, register_flows, register_ai):
        register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one `consultor` command and return its exit status."""
    args = build_parser().parse_args(argv)
    status: int = args.func(args)
    return status


if __name__ == "__main__":  # `python -m service.cli`
    sys.exit(main())
