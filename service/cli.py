"""`consultor`: the project's command line.

Each area registers its own sub-commands, so this module only wires them together.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence


def build_parser() -> argparse.ArgumentParser:
    """The `consultor` argument parser with every sub-command registered."""
    from devstack import cli as stack_cli
    from service import runner
    from service.ai import cli as ai_cli
    from service.flows import cli as flows_cli

    parser = argparse.ArgumentParser(prog="consultor", description="Consultor.AI")
    sub = parser.add_subparsers(dest="command", required=True)
    stack_cli.register(sub)
    runner.register(sub)
    flows_cli.register(sub)
    ai_cli.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one `consultor` command and return its exit status."""
    args = build_parser().parse_args(argv)
    status: int = args.func(args)
    return status


if __name__ == "__main__":  # `python -m service.cli`
    sys.exit(main())
