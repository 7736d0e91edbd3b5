pytest_plugins = [
    "tests.support.model_fixtures",
    "tests.support.s3",
    "tests.support.pdf_fixtures",
    "tests.support.vllm_fixtures",
    "tests.support.k8s",
    "tests.support.embed_fixtures",
]
