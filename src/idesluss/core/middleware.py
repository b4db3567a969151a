import logging
import time

logger = logging.getLogger("idesluss.requests")


class RequestTimingMiddleware:
    """Logs one structured line per request with its duration, and exposes it as Server-Timing."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        started = time.perf_counter()
        response = self.get_response(request)
        elapsed_ms = (time.perf_counter() - started) * 1000
        response["Server-Timing"] = f"app;dur={elapsed_ms:.1f}"
        logger.info(
            "method=%s path=%s status=%s duration_ms=%.1f",
            request.method,
            request.path,
            response.status_code,
            elapsed_ms,
        )
        return response


class LanguageMiddleware:
    """Swedish unless the person chose another language with the switch (a cookie).

    Django's LocaleMiddleware would follow the browser's Accept-Language; a Swedish public
    service shows Swedish first and English on request.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        from django.conf import settings
        from django.utils import translation

        chosen = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME, "")
        language = chosen if chosen in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE
        translation.activate(language)
        request.LANGUAGE_CODE = language
        response = self.get_response(request)
        response.headers.setdefault("Content-Language", language)
        from django.utils.cache import patch_vary_headers

        patch_vary_headers(response, ("Cookie",))
        return response
