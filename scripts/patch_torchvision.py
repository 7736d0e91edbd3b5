"""Make torchvision importable where its C++ ops are missing (the registry's CUDA build on a CPU torch).

torchvision/_meta_registrations.py registers fake kernels for ``torchvision::nms`` and ``qnms`` at
import; when those ops do not exist the import fails, and with it transformers' Qwen2.5-VL processor.
Nothing on our path uses these ops, so each registration is made conditional on its op existing.
Idempotent: a patched file is left alone.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

MARKER = "# olmocr-platform: registrations conditional on the op existing"
HELPER = f"""
{MARKER}
def _register_fake_if_op_exists(name):
    try:
        torch._C._dispatch_find_schema_or_throw(name, "")
    except RuntimeError:
        return lambda fn: fn
    return torch.library.register_fake(name)

"""
OPS = ("torchvision::nms", "torchvision::qnms")


def main() -> int:
    spec = importlib.util.find_spec("torchvision")
    if spec is None or not spec.submodule_search_locations:
        print("torchvision is not installed: nothing to patch")
        return 0
    path = Path(next(iter(spec.submodule_search_locations))) / "_meta_registrations.py"
    source = path.read_text()
    if MARKER in source:
        print(f"{path} already patched")
        return 0
    for op in OPS:
        decorator = f'@torch.library.register_fake("{op}")'
        if decorator not in source:
            print(f"{path}: {decorator} not found; this torchvision needs no patch or a new one", file=sys.stderr)
            return 1
        source = source.replace(decorator, f'@_register_fake_if_op_exists("{op}")')
    anchor = source.index("\n@")  # before the first decorated registration
    path.write_text(source[:anchor] + "\n" + HELPER + source[anchor + 1 :])
    print(f"patched {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
