package io.callrec.interfaces.rest;

import io.callrec.application.ConflictException;
import io.callrec.application.NotFoundException;
import io.callrec.application.PermissionDeniedException;
import io.callrec.domain.identity.RoleRequiredException;
import io.callrec.domain.validation.InvalidFieldException;
import io.callrec.domain.xdr.InvalidCallRecordException;
import io.callrec.infrastructure.storage.CaptureTooLargeException;
import io.callrec.infrastructure.storage.InvalidCaptureException;
import io.callrec.infrastructure.storage.StorageFullException;
import io.callrec.interfaces.security.NotAuthenticatedException;
import jakarta.ejb.EJBAccessException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Maps the application's "your input is wrong" and "you may not" exceptions to clear HTTP answers
 * (every one JSON; none becomes a 500).
 */
final class ErrorMappers {

    private ErrorMappers() {
    }

    @Provider
    public static class InvalidCallRecord implements ExceptionMapper<InvalidCallRecordException> {
        @Override
        public Response toResponse(InvalidCallRecordException e) {
            return ApiError.of(Response.Status.BAD_REQUEST, e.getMessage());
        }
    }

    @Provider
    public static class InvalidCapture implements ExceptionMapper<InvalidCaptureException> {
        @Override
        public Response toResponse(InvalidCaptureException e) {
            return ApiError.of(Response.Status.BAD_REQUEST, e.getMessage());
        }
    }

    @Provider
    public static class StorageFull implements ExceptionMapper<StorageFullException> {
        @Override
        public Response toResponse(StorageFullException e) {
            return Response.fromResponse(ApiError.of(Response.Status.SERVICE_UNAVAILABLE, e.getMessage()))
                    .header("Retry-After", 300).build();
        }
    }

    @Provider
    public static class CaptureTooLarge implements ExceptionMapper<CaptureTooLargeException> {
        @Override
        public Response toResponse(CaptureTooLargeException e) {
            return ApiError.of(Response.Status.REQUEST_ENTITY_TOO_LARGE, e.getMessage());
        }
    }

    @Provider
    public static class InvalidField implements ExceptionMapper<InvalidFieldException> {
        @Override
        public Response toResponse(InvalidFieldException e) {
            return ApiError.of(Response.Status.BAD_REQUEST, e.getMessage());
        }
    }

    @Provider
    public static class NotFound implements ExceptionMapper<NotFoundException> {
        @Override
        public Response toResponse(NotFoundException e) {
            return ApiError.of(Response.Status.NOT_FOUND, e.getMessage());
        }
    }

    @Provider
    public static class PermissionDenied implements ExceptionMapper<PermissionDeniedException> {
        @Override
        public Response toResponse(PermissionDeniedException e) {
            return ApiError.of(Response.Status.FORBIDDEN, e.getMessage());
        }
    }

    @Provider
    public static class RoleRequired implements ExceptionMapper<RoleRequiredException> {
        @Override
        public Response toResponse(RoleRequiredException e) {
            return ApiError.of(Response.Status.FORBIDDEN, e.getMessage());
        }
    }

    /** The EJBs' own {@code @RolesAllowed} refused: the explicit checks should have answered first. */
    @Provider
    public static class EjbAccess implements ExceptionMapper<EJBAccessException> {
        @Override
        public Response toResponse(EJBAccessException e) {
            return ApiError.of(Response.Status.FORBIDDEN, "your role may not do this");
        }
    }

    @Provider
    public static class NotAuthenticated implements ExceptionMapper<NotAuthenticatedException> {
        @Override
        public Response toResponse(NotAuthenticatedException e) {
            return Response.fromResponse(ApiError.of(Response.Status.UNAUTHORIZED, e.getMessage()))
                    .header("WWW-Authenticate", "Basic realm=\"callrec\", charset=\"UTF-8\"").build();
        }
    }

    @Provider
    public static class Conflict implements ExceptionMapper<ConflictException> {
        @Override
        public Response toResponse(ConflictException e) {
            return ApiError.of(Response.Status.CONFLICT, e.getMessage());
        }
    }

    /**
     * What JAX-RS itself refuses (no such path 404, method not allowed 405, unsupported media type
     * 415, a path parameter that is not a number): the same JSON error, its headers (Allow) kept.
     */
    @Provider
    public static class WebApplication implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            Response original = e.getResponse();
            String message = e.getMessage() == null ? "" : e.getMessage().replaceFirst("^RESTEASY\\d+: ", "");
            Response.ResponseBuilder answer = Response.fromResponse(ApiError.of(original.getStatus(), message));
            original.getStringHeaders().forEach((name, values) -> {
                if (!name.equalsIgnoreCase("Content-Type") && !name.equalsIgnoreCase("Content-Length")) {
                    values.forEach(v -> answer.header(name, v));
                }
            });
            return answer.build();
        }
    }
}
