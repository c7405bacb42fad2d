"""Fixed: the endpoint as azure_endpoint (the default), a real api-version; 404 causes told apart."""
import sys

from openai import AzureOpenAI, NotFoundError

# AZURE_OPENAI_ENDPOINT is https://<resource>.openai.azure.com (nothing after the host);
# OPENAI_API_VERSION is an API version from the Azure OpenAI reference, e.g. 2024-10-21,
# not the model version shown next to the deployment (2024-07-18, 0613).
client = AzureOpenAI(azure_deployment="gpt-4o-mini")

try:
    resp = client.chat.completions.create(
        model="gpt-4o-mini", messages=[{"role": "user", "content": "Hello"}]
    )
    print(resp.choices[0].message.content)
except NotFoundError as e:
    if e.code == "DeploymentNotFound":
        print("The URL is right but the deployment name is not.", file=sys.stderr)
    else:
        # {"error": {"code": "404", "message": "Resource not found"}}
        print(
            f"Azure has no such route: {e.request.url}. Check the endpoint and the api-version.",
            file=sys.stderr,
        )
    sys.exit(2)
