"""Fixed: a 403 is read, not retried: missing IAM permission or Vertex AI API not enabled."""
import os
import sys

from google import genai
from google.genai import errors

client = genai.Client(vertexai=True)

try:
    print(client.models.generate_content(model="gemini-2.5-flash", contents="Hello").text)
except errors.ClientError as e:
    if e.code != 403:
        raise
    # e.details is the whole response body; ErrorInfo sits in error.details.
    details = (e.details or {}).get("error", {}).get("details", [])
    info = next((d for d in details if d.get("@type", "").endswith("google.rpc.ErrorInfo")), {})
    meta = info.get("metadata", {})
    if info.get("reason") == "SERVICE_DISABLED":
        print(f"Enable the Vertex AI API on {meta.get('consumer')}.", file=sys.stderr)
    else:
        print(
            f"IAM denied {meta.get('permission', 'the call')} on {meta.get('resource', 'the model')}: "
            f"grant roles/aiplatform.user on project {os.environ.get('GOOGLE_CLOUD_PROJECT')} "
            "to the principal the code runs as. Not retrying.",
            file=sys.stderr,
        )
    sys.exit(2)
