"""A real S3 HTTP API for tests: moto's server on 127.0.0.1, one per test session.

``s3_server`` points boto3 at it through the environment (AWS_ENDPOINT_URL, fake credentials, a region)
and hides the developer's own AWS configuration, so no test can reach a real account.
``s3_bucket`` gives each test a fresh, empty bucket.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import boto3
import pytest
from moto.server import ThreadedMotoServer

FAKE_ACCESS_KEY = "testing-access-key"
FAKE_SECRET_KEY = "testing-secret-key"
REGION = "us-east-1"


@pytest.fixture(scope="session")
def s3_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Start moto's S3 server and yield its endpoint URL (also exported as AWS_ENDPOINT_URL)."""
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    endpoint = f"http://{host}:{port}"
    no_aws_config = tmp_path_factory.mktemp("aws") / "absent"
    with pytest.MonkeyPatch.context() as env:
        env.setenv("AWS_ENDPOINT_URL", endpoint)
        env.setenv("AWS_ACCESS_KEY_ID", FAKE_ACCESS_KEY)
        env.setenv("AWS_SECRET_ACCESS_KEY", FAKE_SECRET_KEY)
        env.setenv("AWS_DEFAULT_REGION", REGION)
        # The developer's ~/.aws must not leak in (a profile there could point at a real account).
        env.setenv("AWS_CONFIG_FILE", str(no_aws_config))
        env.setenv("AWS_SHARED_CREDENTIALS_FILE", str(no_aws_config))
        for name in ("AWS_PROFILE", "AWS_DEFAULT_PROFILE", "AWS_SESSION_TOKEN", "AWS_REGION"):
            env.delenv(name, raising=False)
        try:
            yield endpoint
        finally:
            server.stop()


@pytest.fixture
def s3_bucket(s3_server: str) -> str:
    """A new, empty bucket with a unique name."""
    name = f"test-{uuid.uuid4().hex}"
    boto3.client("s3").create_bucket(Bucket=name)
    return name
