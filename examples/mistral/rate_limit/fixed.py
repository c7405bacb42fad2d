"""Fixed: bounded retries with backoff for 429 and 5xx; a lasting 429 is reported clearly."""
import os
import sys

from mistralai.client import Mistral, errors
from mistralai.client.utils import BackoffStrategy, RetryConfig

# initial interval, max interval (ms), exponent, max elapsed time (ms): give up after a minute.
retry = RetryConfig("backoff", BackoffStrategy(500, 10_000, 1.5, 60_000), True)

with Mistral(api_key=os.environ.get("MISTRAL_API_KEY", ""), retry_config=retry) as client:
    try:
        resp = client.chat.complete(
            model="mistral-small-latest",
            messages=[{"role": "user", "content": "Bonjour"}],
        )
        print(resp.choices[0].message.content)
    except errors.SDKError as e:
        if e.status_code != 429:
            raise
        # Still 429 after a minute: a monthly token limit or a sustained overload.
        print(f"Mistral kept answering 429 for a minute: {e.body}. Check your plan's limits.", file=sys.stderr)
        sys.exit(2)
