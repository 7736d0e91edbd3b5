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
from collections.abc import Sequence
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


def left_pad(encoded: Sequence[BatchFeature], pad_token_id: int) -> BatchFeature:
    """Several encoded prompts as one batch: token rows left-padded to the longest (a decoder-only model
    continues every row from the same last column), the images' patches and grids concatenated in order."""
    import torch  # lazy: optional (train extra), slow import
    from transformers import BatchFeature  # lazy: optional (train extra), slow import

    width = max(one["input_ids"].shape[1] for one in encoded)

    def padded(name: str, value: int) -> torch.Tensor:
        rows = [one[name] for one in encoded]
        return torch.cat([torch.nn.functional.pad(row, (width - row.shape[1], 0), value=value) for row in rows])

    batch = {
        "input_ids": padded("input_ids", pad_token_id),
        "attention_mask": padded("attention_mask", 0),  # 0 over the padding: no attention, no position
        "mm_token_type_ids": padded("mm_token_type_ids", 0),
    }
    for name in ("pixel_values", "image_grid_thw"):  # Qwen takes every image's patches as one flat sequence
        parts = [one[name] for one in encoded if name in one]
        if parts:
            batch[name] = torch.cat(parts)
    return BatchFeature(batch)


class HfChatModel:
    """A loaded model and its encoder, answering a request or a batch of them at a time (threads take turns)."""

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
        return self.generate_batch([messages], temperature=temperature, max_tokens=max_tokens, seed=seed)[0]

    def generate_batch(
        self,
        requests: Sequence[list[dict]],
        *,
        temperature: float,
        max_tokens: int,
        seed: int | None = None,
        min_tokens: int = 0,
    ) -> list[Completion]:
        """Answer several requests in one ``generate`` call, their prompts left-padded to one length.

        One call decodes every answer of the batch at each step: on a GPU that is what makes the model's
        weights, read once per step, serve many pages instead of one. ``min_tokens`` (vLLM's name) keeps the
        stop tokens from ending an answer before that many tokens: equal to max_tokens, every answer is exactly
        max_tokens long, which is how throughput is measured with a model that stops at random.
        """
        import torch  # lazy: optional (train extra), slow import

        if not requests:
            return []
        if max_tokens < 1:
            raise ValueError(f"max_tokens must be at least 1, got {max_tokens}")
        if temperature < 0:
            raise ValueError(f"temperature must be >= 0, got {temperature}")
        if not 0 <= min_tokens <= max_tokens:
            raise ValueError(f"min_tokens must be in [0, max_tokens], got {min_tokens}")
        # Encoding is inside the lock too: a tokenizer used from two threads at once can fail ("Already borrowed").
        with self._lock, torch.inference_mode():
            encoded = [self.encoder.encode(messages) for messages in requests]
            inputs = left_pad(encoded, self.encoder.tokenizer.pad_token_id).to(self.device)
            if seed is not None:
                torch.manual_seed(seed)
            config = self._generation_config(temperature, max_tokens, min_tokens)
            output = self.model.generate(**inputs, generation_config=config)
        padded_length = inputs["input_ids"].shape[1]
        return [
            self._completion(output[row, padded_length:].tolist(), int(one["input_ids"].shape[1]))
            for row, one in enumerate(encoded)
        ]

    def _completion(self, new_ids: list[int], prompt_tokens: int) -> Completion:
        """One row of a batch's output: up to and including its first stop token (the rest is padding)."""
        stop_at = next((i for i, token in enumerate(new_ids) if token in self._stop_ids), None)
        stopped = stop_at is not None
        if stopped:
            new_ids = new_ids[: stop_at + 1]
        text = self.encoder.tokenizer.decode(new_ids[:-1] if stopped else new_ids, skip_special_tokens=True)
        return Completion(
            text=text,
            finish_reason="stop" if stopped else "length",
            prompt_tokens=prompt_tokens,
            completion_tokens=len(new_ids),  # like vLLM: the stop token counts
        )

    def _generation_config(self, temperature: float, max_tokens: int, min_tokens: int = 0) -> GenerationConfig:
        """OpenAI semantics whatever the checkpoint's generation_config.json suggests: greedy at temperature 0,
        else plain temperature sampling (no top-k, top-p or repetition penalty)."""
        from transformers import GenerationConfig  # lazy: optional (train extra), slow import

        sampling = {"temperature": temperature, "top_k": 0, "top_p": 1.0} if temperature > 0 else {}
        return GenerationConfig(
            max_new_tokens=max_tokens,
            min_new_tokens=min_tokens,
            do_sample=temperature > 0,
            repetition_penalty=1.0,
            eos_token_id=self._stop_ids,
            pad_token_id=self.encoder.tokenizer.pad_token_id,
            **sampling,
        )


# Pages answered together by the hf engine: on a GPU a batch of 16 pages takes little longer than one page
# (decoding reads all the weights per step whatever the batch), and 16 pages' caches fit beside a 7B model.
DEFAULT_BATCH_SIZE = 16


class HfBackend:
    """A chat backend for the ``hf`` engine: the model in this process, answering off the event loop.

    Same request, same parsing and retries as against a server (VlmEngine drives it), for users
    without vLLM and as the reference vLLM is compared against. Requests that arrive while the model is
    busy wait, and are answered together: up to ``max_batch_size`` of them per ``generate`` call, those with
    the temperature and max_tokens of the oldest (a batch decodes with one setting).
    """

    def __init__(self, model: HfChatModel, max_batch_size: int = DEFAULT_BATCH_SIZE):
        if max_batch_size < 1:
            raise ValueError(f"max_batch_size must be at least 1, got {max_batch_size}")
        self.model = model
        self.max_batch_size = max_batch_size
        # Its own thread: the model answers one batch at a time, and waiting pages must not fill the
        # default executor that fetches, page counts and writes share.
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="hf-generate")
        self._waiting: list[tuple[dict, asyncio.Future[Completion]]] = []
        self._answering: asyncio.Task[None] | None = None

    async def chat(self, body: dict) -> Completion:
        answer: asyncio.Future[Completion] = asyncio.get_running_loop().create_future()
        self._waiting.append((body, answer))
        if self._answering is None or self._answering.done():
            self._answering = asyncio.create_task(self._answer_waiting())
        return await answer

    async def _answer_waiting(self) -> None:
        while self._waiting:
            await self._answer(self._next_batch())

    def _next_batch(self) -> list[tuple[dict, asyncio.Future[Completion]]]:
        """The oldest waiting requests that share the oldest one's settings, up to max_batch_size."""
        settings = _settings(self._waiting[0][0])
        batch, rest = [], []
        for body, answer in self._waiting:
            if answer.done():  # its caller gave up
                continue
            if len(batch) < self.max_batch_size and _settings(body) == settings:
                batch.append((body, answer))
            else:
                rest.append((body, answer))
        self._waiting = rest
        return batch

    async def _answer(self, batch: list[tuple[dict, asyncio.Future[Completion]]]) -> None:
        if not batch:
            return
        temperature, max_tokens = _settings(batch[0][0])
        generate = functools.partial(
            self.model.generate_batch,
            [body["messages"] for body, _ in batch],
            temperature=temperature,
            max_tokens=max_tokens,
        )
        try:
            completions = await asyncio.get_running_loop().run_in_executor(self._executor, generate)
        except asyncio.CancelledError:  # closed: its callers must not wait for answers that never come
            for _, answer in batch:
                answer.cancel()
            raise
        except Exception as exc:
            if len(batch) > 1:
                # One request the model cannot take must fail alone, not the pages batched with it.
                for one in batch:
                    await self._answer([one])
                return
            if not batch[0][1].done():
                batch[0][1].set_exception(exc)
            return
        for (_, answer), completion in zip(batch, completions, strict=True):
            if not answer.done():
                answer.set_result(completion)

    async def until_ready(self) -> None:
        """Loaded before it was made: nothing to wait for."""

    async def close(self) -> None:
        if self._answering is not None:
            self._answering.cancel()
        for _, answer in self._waiting:
            answer.cancel()
        self._waiting = []
        self._executor.shutdown(wait=False, cancel_futures=True)


def _settings(body: dict) -> tuple[float, int]:
    return body["temperature"], body["max_tokens"]
