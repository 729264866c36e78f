# The migration advisor as a container: `migrate-advisor serve` as a non-root user.
#   docker build -t migrate-advisor .
#   docker run --env-file .env -p 127.0.0.1:3000:3000 migrate-advisor
# compose.yaml runs it together with Redis (`cp .env.example .env && docker compose up -d`).
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PORT=3000 \
    HOST=0.0.0.0

# Install the package (only what it needs to run: no tests, no dev tools).
COPY pyproject.toml README.md /src/
COPY bot /src/bot
COPY flows /src/flows
RUN pip install /src && rm -rf /src

# An unprivileged user; /data is its working folder (the default SQLite store, sqlite:///advisor.db, lives there).
# (numeric in USER, so that "run as non-root" checks such as Kubernetes' runAsNonRoot can verify it)
RUN groupadd --system --gid 10001 advisor \
    && useradd --system --uid 10001 --gid advisor --create-home --shell /usr/sbin/nologin advisor \
    && mkdir /data && chown advisor:advisor /data
USER 10001:10001
WORKDIR /data
VOLUME ["/data"]

# HTTP mode: POST /slack/events; both modes: GET /healthz.
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD ["python", "-c", "import os, urllib.request; urllib.request.urlopen('http://127.0.0.1:%s/healthz' % os.environ.get('PORT', '3000'), timeout=4)"]

CMD ["migrate-advisor", "serve"]
