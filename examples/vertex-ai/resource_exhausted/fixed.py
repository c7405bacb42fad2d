"""Fixed: retries a Vertex AI 429 with backoff, then says which kind of 429 it was."""
import re
import sys

from google import genai
from google.genai import errors, types

client = genai.Client(
    vertexai=True,
    # Opt-in retries (google-genai 1.21.0+): 429, 408 and 5xx, exponential backoff from 1 s.
    http_options=types.HttpOptions(
        retry_options=types.HttpRetryOptions(attempts=4, initial_delay=1.0, max_delay=30.0)
    ),
)

try:
    response = client.models.generate_content(model="gemini-2.5-flash", contents="Hello")
    print(response.text)
except errors.ClientError as e:
    if e.code != 429:
        raise
    quota = re.search(r"Quota exceeded for (\S+) with base model: ([\w.@-]+)", e.message or "")
    if quota:
        print(
            f"Per-project quota {quota.group(1)} for {quota.group(2)} is used up: "
            "request an increase on the Quotas page.",
            file=sys.stderr,
        )
    else:
        print(
            "Vertex AI had no capacity after 4 attempts: use the global endpoint, "
            "spread the load, or buy Provisioned Throughput.",
            file=sys.stderr,
        )
    sys.exit(2)
