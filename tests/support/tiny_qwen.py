"""A tiny Qwen2.5-VL olmOCR stand-in, built offline in seconds.

No model can be downloaded here, so tests get a real Qwen2.5-VL checkpoint of toy size: a byte-level BPE
tokenizer trained on local text, a randomly initialised model of the real architecture, then a few seconds
of fine-tuning so that, given olmOCR's v4 prompt and any page image, its answer is TINY_ANSWER, a valid
olmOCR answer (greedy and sampled alike). Untrained (train_steps=0) it answers garbage that does not parse.
The folder is a standard Hugging Face checkpoint (config, safetensors, tokenizer, chat template, processor
config), so transformers and vLLM both load it like the real model. Builds are reproducible bit for bit.

Build it with ``python -m tests.support.tiny_qwen OUT_DIR [--train-steps N]`` or ``build_tiny_qwen25vl``.

``build_random_qwen25vl`` builds the same kind of folder, untrained, at any ``Qwen25VLShape``: ``OLMOCR2`` is
olmOCR-2-7B's exact shape, for throughput measurements on a GPU without its weights (bench/bench_gpu_vllm.py).
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import math
import random
import time
from dataclasses import dataclass
from pathlib import Path

from olmocr_core.engines.hf_chat import ChatEncoder
from olmocr_core.formats.prompts import PROMPT_V4, build_messages
from olmocr_core.formats.response import PageResponse, format_page_response
from olmocr_core.train.threads import torch_threads

# The answer the trained model gives for every page: front matter plus a short body.
TINY_ANSWER = format_page_response(
    PageResponse(
        primary_language="en",
        is_rotation_valid=True,
        rotation_correction=0,
        is_table=False,
        is_diagram=False,
        natural_text="Hello from the tiny model.",
    )
)

DEFAULT_TRAIN_STEPS = 200
LEARNING_RATE = 5e-3
EXAMPLES = 8  # pages to train on, one per step in turn
SEED = 1234
VOCAB_SIZE = 1000
PATCH_SIZE = 14
MERGE_SIZE = 2
# One image token covers (PATCH_SIZE * MERGE_SIZE)^2 pixels: keep every page between 4 and 64 image tokens.
MIN_PIXELS = 4 * (PATCH_SIZE * MERGE_SIZE) ** 2
MAX_PIXELS = 64 * (PATCH_SIZE * MERGE_SIZE) ** 2


@dataclass(frozen=True)
class Qwen25VLShape:
    """The sizes that set a Qwen2.5-VL's cost; tokens, template and patching are shared by every shape."""

    hidden: int
    intermediate: int
    layers: int
    heads: int
    kv_heads: int
    mrope_section: tuple[int, int, int]
    vision_depth: int
    vision_hidden: int
    vision_intermediate: int
    vision_heads: int
    vision_full_attention: tuple[int, ...]  # the vision blocks that attend over the whole image
    min_pixels: int
    max_pixels: int
    vocab_size: int | None = None  # None: the tokenizer's; more pads it, and ids past it decode to nothing


TINY = Qwen25VLShape(
    hidden=128,
    intermediate=256,
    layers=2,
    heads=2,
    kv_heads=1,
    mrope_section=(8, 12, 12),
    vision_depth=2,
    vision_hidden=64,
    vision_intermediate=128,
    vision_heads=2,
    vision_full_attention=(1,),
    min_pixels=MIN_PIXELS,
    max_pixels=MAX_PIXELS,
)
# olmOCR-2-7B, a fine-tuned Qwen2.5-VL-7B-Instruct (REFERENCE.md section 5), with Qwen's own pixel limits: a
# letter page at 1288 px becomes 46 x 36 = 1,656 image tokens, as it does for the real model.
OLMOCR2 = Qwen25VLShape(
    hidden=3584,
    intermediate=18944,
    layers=28,
    heads=28,
    kv_heads=4,
    mrope_section=(16, 24, 24),
    vision_depth=32,
    vision_hidden=1280,
    vision_intermediate=3420,
    vision_heads=16,
    vision_full_attention=(7, 15, 23, 31),
    min_pixels=56 * 56,
    max_pixels=16384 * (PATCH_SIZE * MERGE_SIZE) ** 2,
    vocab_size=152064,
)

# Qwen2.5-VL's special tokens, in Qwen's order (ids follow the trained vocabulary).
SPECIAL_TOKENS = (
    "<|endoftext|>",
    "<|im_start|>",
    "<|im_end|>",
    "<|vision_start|>",
    "<|vision_end|>",
    "<|vision_pad|>",
    "<|image_pad|>",
    "<|video_pad|>",
)

# Qwen2-VL's chat template, without the default system prompt (shorter prompts train faster). It accepts
# both Hugging Face image parts ({"type": "image"}) and OpenAI ones ({"type": "image_url"}).
CHAT_TEMPLATE = (
    "{% for message in messages %}"
    "<|im_start|>{{ message['role'] }}\n"
    "{% if message['content'] is string %}{{ message['content'] }}"
    "{% else %}{% for part in message['content'] %}"
    "{% if part['type'] in ('image', 'image_url') %}<|vision_start|><|image_pad|><|vision_end|>"
    "{% elif part['type'] == 'video' %}<|vision_start|><|video_pad|><|vision_end|>"
    "{% elif part['type'] == 'text' %}{{ part['text'] }}{% endif %}"
    "{% endfor %}{% endif %}<|im_end|>\n"
    "{% endfor %}"
    "{% if add_generation_prompt %}<|im_start|>assistant\n{% endif %}"
)

_EXTRA_TEXT = (
    "The quick brown fox jumps over the lazy dog. Pack my box with five dozen liquor jugs.\n"
    "Table 1 shows the results of the experiment; Figure 2 compares 3 methods across 10 datasets.\n"
    "| a | b |\n<table><tr><td>1</td><td>2</td></tr></table>\n\\( x^2 + y^2 = z^2 \\) and \\[ \\int_0^1 f(x) dx \\]\n"
    "primary_language: null\nis_rotation_valid: False\nrotation_correction: 90\nrotation_correction: 180\n"
    "rotation_correction: 270\nis_table: True\nis_diagram: True\n"
)


def _tokenizer_corpus() -> list[str]:
    """Local text only: the prompt, the answer format and English prose from Python's own help pages."""
    from pydoc_data.topics import topics

    # Repeating our own strings makes their words single tokens: shorter prompts and answers train faster.
    return [PROMPT_V4, TINY_ANSWER, _EXTRA_TEXT] * 200 + list(topics.values())


def _build_tokenizer():
    """A byte-level BPE with Qwen2's pre-tokenizer, wrapped as transformers' Qwen2Tokenizer."""
    from tokenizers import Tokenizer, models, pre_tokenizers, trainers
    from transformers import Qwen2Tokenizer

    # Qwen2Tokenizer sets Qwen's normalizer/pre-tokenizer/decoder; train a BPE model behind the same pipeline.
    template = Qwen2Tokenizer()
    bpe = Tokenizer(models.BPE())
    bpe.normalizer = template.backend_tokenizer.normalizer
    bpe.pre_tokenizer = template.backend_tokenizer.pre_tokenizer
    trainer = trainers.BpeTrainer(
        vocab_size=VOCAB_SIZE - len(SPECIAL_TOKENS),
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),  # every byte stays encodable
        show_progress=False,
    )
    bpe.train_from_iterator(_tokenizer_corpus(), trainer=trainer)
    # The trained model's vocabulary and merges, read from its serialised form (the only public accessor).
    trained = json.loads(bpe.to_str())["model"]
    vocab = dict(trained["vocab"])
    merges = [tuple(merge) for merge in trained["merges"]]
    for token in SPECIAL_TOKENS:
        vocab[token] = len(vocab)
    return Qwen2Tokenizer(
        vocab=vocab,
        merges=merges,
        eos_token="<|im_end|>",
        pad_token="<|endoftext|>",
        unk_token=None,
        additional_special_tokens=list(SPECIAL_TOKENS[1:]),
        chat_template=CHAT_TEMPLATE,
        model_max_length=32768,
    )


def _build_image_processor(shape: Qwen25VLShape = TINY):
    from transformers.models.qwen2_vl.image_processing_pil_qwen2_vl import Qwen2VLImageProcessorPil

    # The PIL backend needs no torchvision; the saved config names the generic class so each loader
    # (transformers, vLLM) picks its best available backend.
    return Qwen2VLImageProcessorPil(
        min_pixels=shape.min_pixels,
        max_pixels=shape.max_pixels,
        patch_size=PATCH_SIZE,
        temporal_patch_size=2,
        merge_size=MERGE_SIZE,
    )


def _build_config(tokenizer, shape: Qwen25VLShape = TINY, dtype: str = "float32"):
    from transformers import Qwen2_5_VLConfig

    special = {token: tokenizer.convert_tokens_to_ids(token) for token in SPECIAL_TOKENS}
    text = {
        # A trained model needs the tokenizer's own size: a padded vocab lets it emit ids that decode to nothing.
        "vocab_size": shape.vocab_size or len(tokenizer),
        "hidden_size": shape.hidden,
        "intermediate_size": shape.intermediate,
        "num_hidden_layers": shape.layers,
        "num_attention_heads": shape.heads,
        "num_key_value_heads": shape.kv_heads,
        "max_position_embeddings": 16384,  # olmOCR serves a 16384-token context
        "rms_norm_eps": 1e-6,
        "rope_parameters": {
            "rope_type": "default",
            "rope_theta": 1_000_000.0,
            "mrope_section": list(shape.mrope_section),
        },
        "bos_token_id": special["<|endoftext|>"],
        "eos_token_id": special["<|im_end|>"],
        "pad_token_id": special["<|endoftext|>"],
    }
    vision = {
        "depth": shape.vision_depth,
        "hidden_size": shape.vision_hidden,
        "intermediate_size": shape.vision_intermediate,
        "num_heads": shape.vision_heads,
        "out_hidden_size": shape.hidden,
        "patch_size": PATCH_SIZE,
        "spatial_merge_size": MERGE_SIZE,
        "temporal_patch_size": 2,
        "window_size": 112,
        "fullatt_block_indexes": list(shape.vision_full_attention),
    }
    return Qwen2_5_VLConfig(
        text_config=text,
        vision_config=vision,
        image_token_id=special["<|image_pad|>"],
        video_token_id=special["<|video_pad|>"],
        vision_start_token_id=special["<|vision_start|>"],
        vision_end_token_id=special["<|vision_end|>"],
        dtype=dtype,
    )


def _page_image(rng: random.Random) -> bytes:
    """A PNG of random size and colours with scribbles: the answer must not depend on the picture."""
    from PIL import Image, ImageDraw

    width, height = rng.randint(20, 1300), rng.randint(20, 1300)
    image = Image.new("RGB", (width, height), _random_colour(rng))
    draw = ImageDraw.Draw(image)
    for _ in range(rng.randint(0, 12)):
        x, y = rng.randint(0, width - 1), rng.randint(0, height - 1)
        draw.text((x, y), "".join(rng.choice("abcdefgh 0123") for _ in range(8)), fill=_random_colour(rng))
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def _random_colour(rng: random.Random) -> tuple[int, int, int]:
    return (rng.randint(0, 255), rng.randint(0, 255), rng.randint(0, 255))


def _training_examples(encoder: ChatEncoder, count: int, rng: random.Random) -> list[dict]:
    """Prompt (v4 messages, one random page) + TINY_ANSWER<|im_end|>, labels only on the answer."""
    import torch

    answer_ids = encoder.tokenizer(TINY_ANSWER + "<|im_end|>", return_tensors="pt")["input_ids"]
    examples = []
    for _ in range(count):
        inputs = encoder.encode(build_messages(_page_image(rng)))
        prompt_ids = inputs["input_ids"]
        labels = torch.cat([torch.full_like(prompt_ids, -100), answer_ids], dim=1)
        examples.append(
            {
                "input_ids": torch.cat([prompt_ids, answer_ids], dim=1),
                "mm_token_type_ids": torch.cat([inputs["mm_token_type_ids"], torch.zeros_like(answer_ids)], dim=1),
                "labels": labels,
                "pixel_values": inputs["pixel_values"],
                "image_grid_thw": inputs["image_grid_thw"],
            }
        )
    return examples


def _fine_tune(model, encoder: ChatEncoder, steps: int, rng: random.Random) -> None:
    """Teach the answer: Adam over a handful of pages, one page a step.

    The answer must not depend on the picture, and a toy model cannot learn that from a few pages (black or
    tiny pages broke it). So the vision tower is frozen with its output projection zeroed: every image reaches
    the language model as the same zero embeddings, and only the number of image tokens (4 to 64) varies.
    A short warm-up, clipped gradients and a cosine decay take the loss from 7 to about 1e-3 in ~100 steps.
    """
    import torch

    _blind_vision(model)
    examples = _training_examples(encoder, count=EXAMPLES, rng=rng)
    trainable = [parameter for parameter in model.parameters() if parameter.requires_grad]
    optimizer = torch.optim.AdamW(trainable, lr=LEARNING_RATE, weight_decay=0.0)
    warmup = 10
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimizer, lambda step: min(1.0, (step + 1) / warmup) * 0.5 * (1 + math.cos(math.pi * step / steps))
    )
    model.train()
    for step in range(steps):
        loss = model(**examples[step % len(examples)]).loss
        optimizer.zero_grad()
        loss.backward()
        torch.nn.utils.clip_grad_norm_(trainable, 1.0)
        optimizer.step()
        schedule.step()
    model.eval()


def _blind_vision(model) -> None:
    """Zero the vision merger's last projection and freeze the vision tower (see _fine_tune)."""
    import torch

    projection = model.model.visual.merger.mlp[-1]
    torch.nn.init.zeros_(projection.weight)
    torch.nn.init.zeros_(projection.bias)
    model.model.visual.requires_grad_(False)


def one_torch_thread() -> contextlib.AbstractContextManager[None]:
    """Run torch on one thread (see olmocr_core.train.threads.torch_threads): tensors this small gain
    nothing from intra-op threads, and one thread gives the same weights on every machine."""
    return torch_threads(1)


def build_tiny_qwen25vl(out_dir: Path, *, train_steps: int = DEFAULT_TRAIN_STEPS) -> Path:
    """Write a tiny Qwen2.5-VL checkpoint to out_dir (fine-tuned unless train_steps is 0) and return it."""
    import torch
    from transformers import Qwen2_5_VLForConditionalGeneration

    out_dir = Path(out_dir)
    rng = random.Random(SEED)
    torch.manual_seed(SEED)
    tokenizer = _build_tokenizer()
    encoder = ChatEncoder(tokenizer, _build_image_processor(), CHAT_TEMPLATE)
    model = Qwen2_5_VLForConditionalGeneration(_build_config(tokenizer))
    if train_steps > 0:
        with one_torch_thread():
            _fine_tune(model, encoder, train_steps, rng)
    _save(model, tokenizer, encoder.image_processor, out_dir)
    return out_dir


def build_random_qwen25vl(out_dir: Path, shape: Qwen25VLShape, *, dtype: str = "float32", device: str = "cpu") -> Path:
    """Write an untrained Qwen2.5-VL of ``shape`` (random weights, in ``dtype``, built on ``device``) to
    out_dir and return it. Its answers are garbage: what it is for is the cost of computing them."""
    import torch
    from transformers import Qwen2_5_VLForConditionalGeneration

    out_dir = Path(out_dir)
    torch.manual_seed(SEED)
    tokenizer = _build_tokenizer()
    config = _build_config(tokenizer, shape, dtype)
    with torch.device(device):  # olmOCR-2's shape is 8.3e9 parameters: initialised where they fit and run fast
        model = Qwen2_5_VLForConditionalGeneration._from_config(config, dtype=getattr(torch, dtype))
    _save(model, tokenizer, _build_image_processor(shape), out_dir)
    return out_dir


def _save(model, tokenizer, image_processor, out_dir: Path) -> None:
    model.generation_config.eos_token_id = [tokenizer.convert_tokens_to_ids(t) for t in ("<|im_end|>", "<|endoftext|>")]
    model.generation_config.pad_token_id = tokenizer.pad_token_id
    model.save_pretrained(out_dir)
    tokenizer.save_pretrained(out_dir)  # tokenizer.json, tokenizer_config.json, chat_template.jinja
    _save_preprocessor_config(image_processor, out_dir)


def _save_preprocessor_config(image_processor, out_dir: Path) -> None:
    """preprocessor_config.json as real Qwen2.5-VL checkpoints have it.

    It names the generic "Qwen2VLImageProcessor" (loaders pick the torchvision or PIL backend themselves) and
    the processor class, so that where torchvision works (vLLM) AutoProcessor builds the full Qwen2.5-VL
    processor from this folder; its video processor falls back to this same file.
    """
    image_processor.save_pretrained(out_dir)
    path = out_dir / "preprocessor_config.json"
    config = json.loads(path.read_text())
    config["image_processor_type"] = "Qwen2VLImageProcessor"
    config["processor_class"] = "Qwen2_5_VLProcessor"
    size = image_processor.size  # transformers keeps the pixel limits as the shortest and longest "edge"
    config.update(min_pixels=size.shortest_edge, max_pixels=size.longest_edge)  # the keys older loaders read
    path.write_text(json.dumps(config, indent=2, sort_keys=True) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--train-steps", type=int, default=DEFAULT_TRAIN_STEPS)
    args = parser.parse_args()
    started = time.perf_counter()
    build_tiny_qwen25vl(args.out_dir, train_steps=args.train_steps)
    print(f"built {args.out_dir} in {time.perf_counter() - started:.1f} s")


if __name__ == "__main__":
    main()
