"""Chat completions from a Hugging Face vision-language model in this process (any Qwen2.5-VL olmOCR checkpoint).

The same request an OpenAI-compatible server takes (messages with text parts and ``image_url`` data-URL
parts), answered by ``transformers`` without a server: the in-process ``hf`` engine and the test server
both use it. torch and transformers are imported lazily so that importing this module costs nothing.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import functools
import io
import json
import re
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING, Any

from olmocr_core.engines.base import Completion
from olmocr_core.models.source import resolve_model

if TYPE_CHECKING:
    from PIL.Image import Image
    from transformers import BatchFeature, GenerationConfig

_DATA_URL = re.compile(r"\Adata:image/[A-Za-z0-9.+-]+;base64,(?P<data>.*)\Z", re.DOTALL)
# Both end a Qwen answer: <|im_end|> closes the assistant turn, <|endoftext|> ends the document.
_STOP_TOKENS = ("<|im_end|>", "<|endoftext|>")


class InvalidMessages(ValueError):
    """The messages are not a chat request this model can take: the caller's fault, not the model's."""


def decode_image_url(url: str) -> Image:
    """A ``data:image/...;base64,`` URL as an RGB PIL image (remote URLs are not fetched)."""
    from PIL import Image, UnidentifiedImageError  # lazy: pillow is optional (train extra)

    match = _DATA_URL.match(url)
    if match is None:
        raise InvalidMessages("image_url must be a data:image/...;base64,... URL")
    try:
        image = Image.open(io.BytesIO(base64.b64decode(match.group("data"), validate=True)))
        return image.convert("RGB")
    except (binascii.Error, UnidentifiedImageError, OSError) as exc:
        raise InvalidMessages(f"image_url does not hold a readable image: {exc}") from exc


def _template_part(part: Any, images: list[Image]) -> dict:
    """One OpenAI content part as the chat template's part; decoded images are appended to ``images``."""
    if not isinstance(part, dict):
        raise InvalidMessages("a content part must be an object")
    kind = part.get("type")
    if kind == "text":
        if not isinstance(part.get("text"), str):
            raise InvalidMessages("a text part needs a string 'text'")
        return {"type": "text", "text": part["text"]}
    if kind == "image_url":
        image_url = part.get("image_url")
        url = image_url.get("url") if isinstance(image_url, dict) else image_url
        if not isinstance(url, str):
            raise InvalidMessages("an image_url part needs image_url.url")
        images.append(decode_image_url(url))
        return {"type": "image"}
    raise InvalidMessages(f"unsupported content part type {kind!r} (text and image_url are supported)")


def split_images(messages: Any) -> tuple[list[dict], list[Image]]:
    """OpenAI messages -> (messages for the chat template, the images in order). Validates the shape."""
    if not isinstance(messages, list) or not messages:
        raise InvalidMessages("messages must be a non-empty list")
    template_messages: list[dict] = []
    images: list[Image] = []
    for message in messages:
        if not isinstance(message, dict) or not isinstance(message.get("role"), str):
            raise InvalidMessages("each message must be an object with a string 'role'")
        content = message.get("content")
        if isinstance(content, list):
            content = [_template_part(part, images) for part in content]
        elif not isinstance(content, str):
            raise InvalidMessages("a message's content must be a string or a list of parts")
        template_messages.append({"role": message["role"], "content": content})
    return template_messages, images


class ChatEncoder:
    """Qwen2-VL-family prompt encoding from the tokenizer and image processor alone.

    transformers' Qwen2_5_VLProcessor cannot be built without a video processor, which needs torchvision;
    pages need only images, so this does the processor's image work: render the chat template, expand each
    image placeholder to the image's token count and mark those tokens for the model's 3-D (mRoPE) positions.
    """

    image_token = "<|image_pad|>"

    def __init__(self, tokenizer: Any, image_processor: Any, chat_template: str):
        self.tokenizer = tokenizer
        self.image_processor = image_processor
        self.chat_template = chat_template
        self.image_token_id = tokenizer.convert_tokens_to_ids(self.image_token)

    @classmethod
    def load(cls, model_dir: Path) -> ChatEncoder:
        from transformers import AutoImageProcessor, AutoTokenizer  # lazy: optional (train extra), slow import

        tokenizer = AutoTokenizer.from_pretrained(model_dir)
        # The torchvision image processor when torchvision imports, else the PIL one.
        image_processor = AutoImageProcessor.from_pretrained(model_dir)
        return cls(tokenizer, image_processor, _chat_template(model_dir, tokenizer))

    def encode(self, messages: list[dict]) -> BatchFeature:
        """Model inputs (input_ids, attention_mask, mm_token_type_ids, pixel_values, image_grid_thw)."""
        import torch  # lazy: optional (train extra), slow import
        from transformers import BatchFeature  # lazy: optional (train extra), slow import

        template_messages, images = split_images(messages)
        prompt = self.tokenizer.apply_chat_template(
            template_messages, chat_template=self.chat_template, tokenize=False, add_generation_prompt=True
        )
        pixels: dict = {}
        if images:
            pixels = dict(self.image_processor(images=images, return_tensors="pt"))
            tokens_per_image = pixels["image_grid_thw"].prod(dim=-1) // self.image_processor.merge_size**2
            prompt = self._expand_image_tokens(prompt, tokens_per_image.tolist())
        input_ids = self.tokenizer(prompt, return_tensors="pt")["input_ids"]
        return BatchFeature(
            {
                "input_ids": input_ids,
                "attention_mask": torch.ones_like(input_ids),
                # 1 marks image tokens: without it the model falls back to 1-D positions.
                "mm_token_type_ids": (input_ids == self.image_token_id).long(),
                **pixels,
            }
        )

    def _expand_image_tokens(self, prompt: str, counts: list[int]) -> str:
        pieces = prompt.split(self.image_token)
        if len(pieces) - 1 != len(counts):
            raise InvalidMessages(f"the chat template placed {len(pieces) - 1} images for {len(counts)} given")
        expanded = [pieces[0]]
        for count, piece in zip(counts, pieces[1:], strict=True):
            expanded += [self.image_token * count, piece]
        return "".join(expanded)


def _chat_template(model_dir: Path, tokenizer: Any) -> str:
    """The tokenizer's template (tokenizer_config.json / chat_template.jinja), else the processor's legacy file."""
    if tokenizer.chat_template:
        return tokenizer.chat_template
    legacy = model_dir / "chat_template.json"
    if legacy.is_file():
        return json.loads(legacy.read_text())["chat_template"]
    raise FileNotFoundError(f"{model_dir} has no chat template")


def pick_device() -> str:
    """The best device here: cuda, then Apple's mps, then cpu."""
    import torch  # lazy: optional (train extra), slow import

    if torch.cuda.is_available():
        return "cuda"
    if torch.backends.mps.is_available():
        return "mps"
    return "cpu"


class HfChatModel:
    """A loaded model and its encoder, answering one chat request at a time (threads take turns)."""

    def __init__(self, model: Any, encoder: ChatEncoder, *, model_name: str, device: str, revision: str):
        self.model = model
        self.encoder = encoder
        self.model_name = model_name
        self.device = device
        self._revision = revision
        tokenizer = encoder.tokenizer
        stop_ids = {tokenizer.convert_tokens_to_ids(token) for token in _STOP_TOKENS}
        stop_ids.add(tokenizer.eos_token_id)
        self._stop_ids = sorted(i for i in stop_ids if isinstance(i, int) and i != tokenizer.unk_token_id)
        self._lock = threading.Lock()

    @classmethod
    def load(cls, model_dir: str | Path, device: str | None = None, dtype: Any = None) -> HfChatModel:
        """Load once: a local folder, a hub repo id or s3://; dtype None keeps the checkpoint's own dtype."""
        from transformers import AutoModelForImageTextToText  # lazy: optional (train extra), slow import

        resolved = resolve_model(str(model_dir))
        device = device or pick_device()
        model = AutoModelForImageTextToText.from_pretrained(resolved.path, dtype=dtype or "auto")
        model.to(device).eval()  # not device_map=: that needs accelerate
        encoder = ChatEncoder.load(resolved.path)
        return cls(model, encoder, model_name=str(model_dir), device=device, revision=resolved.revision)

    def revision(self) -> str:
        return self._revision

    def generate(
        self, messages: list[dict], *, temperature: float, max_tokens: int, seed: int | None = None
    ) -> Completion:
        """Answer OpenAI-format messages. temperature 0 is greedy; finish_reason is "stop" or "length"."""
        import torch  # lazy: optional (train extra), slow import

        if max_tokens < 1:
            raise ValueError(f"max_tokens must be at least 1, got {max_tokens}")
        if temperature < 0:
            raise ValueError(f"temperature must be >= 0, got {temperature}")
        # Encoding is inside the lock too: a tokenizer used from two threads at once can fail ("Already borrowed").
        with self._lock, torch.inference_mode():
            inputs = self.encoder.encode(messages).to(self.device)
            prompt_tokens = inputs["input_ids"].shape[1]
            if seed is not None:
                torch.manual_seed(seed)
            output = self.model.generate(**inputs, generation_config=self._generation_config(temperature, max_tokens))
        new_ids = output[0, prompt_tokens:].tolist()
        stopped = bool(new_ids) and new_ids[-1] in self._stop_ids
        text = self.encoder.tokenizer.decode(new_ids[:-1] if stopped else new_ids, skip_special_tokens=True)
        return Completion(
            text=text,
            finish_reason="stop" if stopped else "length",
            prompt_tokens=prompt_tokens,
            completion_tokens=len(new_ids),  # like vLLM: the stop token counts
        )

    def _generation_config(self, temperature: float, max_tokens: int) -> GenerationConfig:
        """OpenAI semantics whatever the checkpoint's generation_config.json suggests: greedy at temperature 0,
        else plain temperature sampling (no top-k, top-p or repetition penalty)."""
        from transformers import GenerationConfig  # lazy: optional (train extra), slow import

        sampling = {"temperature": temperature, "top_k": 0, "top_p": 1.0} if temperature > 0 else {}
        return GenerationConfig(
            max_new_tokens=max_tokens,
            do_sample=temperature > 0,
            repetition_penalty=1.0,
            eos_token_id=self._stop_ids,
            pad_token_id=self.encoder.tokenizer.pad_token_id,
            **sampling,
        )


class HfBackend:
    """A chat backend for the ``hf`` engine: the model in this process, answering off the event loop.

    Same request, same parsing and retries as against a server (VlmEngine drives it), for users
    without vLLM and as the reference vLLM is compared against.
    """

    def __init__(self, model: HfChatModel):
        self.model = model
        # Its own thread: the model answers one request at a time, and waiting pages must not fill the
        # default executor that fetches, page counts and writes share.
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="hf-generate")

    async def chat(self, body: dict) -> Completion:
        generate = functools.partial(
            self.model.generate, body["messages"], temperature=body["temperature"], max_tokens=body["max_tokens"]
        )
        return await asyncio.get_running_loop().run_in_executor(self._executor, generate)

    async def until_ready(self) -> None:
        """Loaded before it was made: nothing to wait for."""

    async def close(self) -> None:
        self._executor.shutdown(wait=False, cancel_futures=True)
