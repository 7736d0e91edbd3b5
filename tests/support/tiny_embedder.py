"""A tiny sentence-transformer built offline in about a second: a 2-layer BERT with a word-level tokenizer over a
small vocabulary (every other word is [UNK]), mean pooling and normalization. Untrained, but deterministic and
distinct enough that a text's own vector is its nearest neighbour among different texts.

    python -m tests.support.tiny_embedder OUT_DIR
"""

from __future__ import annotations

import argparse
from pathlib import Path

WORDS = (
    "the a an of and to in is was for on with by at from as it this that be are were which or not "
    "invoice total amount paid date company university report table page chapter section results "
    "method data model text pdf document search embedding entity person place city river mountain "
    "january february march april may june july 2024 2025 dollars euros alice bob carol paris london "
    "berlin acme corp inc revenue profit loss year quarter figure summary introduction conclusion"
).split()


def build_tiny_embedder(out_dir: Path, *, max_seq_length: int = 128, seed: int = 0) -> Path:
    """Write a tiny sentence-transformers model to ``out_dir`` and return it (another ``seed``: other weights)."""
    import torch
    from sentence_transformers import SentenceTransformer
    from sentence_transformers.sentence_transformer.modules import Normalize, Pooling, Transformer
    from tokenizers import Tokenizer, models, normalizers, pre_tokenizers
    from transformers import BertConfig, BertModel, PreTrainedTokenizerFast

    out_dir.mkdir(parents=True, exist_ok=True)
    work = out_dir.parent / (out_dir.name + "-parts")
    specials = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]
    vocab = {token: i for i, token in enumerate([*specials, *WORDS, *[str(d) for d in range(10)]])}
    backend = Tokenizer(models.WordLevel(vocab, unk_token="[UNK]"))
    backend.normalizer = normalizers.Lowercase()
    backend.pre_tokenizer = pre_tokenizers.Sequence([pre_tokenizers.Whitespace(), pre_tokenizers.Digits(True)])
    tokenizer = PreTrainedTokenizerFast(
        tokenizer_object=backend,
        unk_token="[UNK]",
        pad_token="[PAD]",
        cls_token="[CLS]",
        sep_token="[SEP]",
        mask_token="[MASK]",
        model_max_length=max_seq_length,
    )
    torch.manual_seed(seed)
    config = BertConfig(
        vocab_size=len(vocab),
        hidden_size=32,
        num_hidden_layers=2,
        num_attention_heads=2,
        intermediate_size=64,
        max_position_embeddings=max_seq_length + 2,
    )
    BertModel(config).save_pretrained(work)
    tokenizer.save_pretrained(work)
    transformer = Transformer(str(work), max_seq_length=max_seq_length)
    pooling = Pooling(transformer.get_embedding_dimension(), pooling_mode="mean")
    SentenceTransformer(modules=[transformer, pooling, Normalize()], device="cpu").save(str(out_dir))
    return out_dir


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", type=Path)
    build_tiny_embedder(parser.parse_args().out_dir)
