package io.callrec.interfaces.rest;

import io.callrec.domain.refusal.RequestRefusedException;
import io.callrec.interfaces.rest.binding.FieldPath;
import jakarta.ejb.EJBAccessException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Maps every refusal of a request to a clear JSON answer (none becomes a 500): the application's
 * refusals by the status they carry, and what the container or JAX-RS itself refuses.
 */
final class ErrorMappers {

    private ErrorMappers() {
    }

    /** Every {@link RequestRefusedException}: its status, its message, its headers (Retry-After, WWW-Authenticate). */
    @Provider
    public static class RequestRefused implements ExceptionMapper<RequestRefusedException> {
        @Override
        public Response toResponse(RequestRefusedException e) {
            Response.ResponseBuilder answer = Response.fromResponse(ApiError.of(e.status(), e.getMessage()));
            e.headers().forEach(answer::header);
            return answer.build();
        }
    }

    /**
     * A request body that breaks its record's constraints: 400 naming the field, as every 400 of the API
     * does ("field 'name' is required"); one error, the first by field name.
     */
    @Provider
    public static class ConstraintViolations implements ExceptionMapper<ConstraintViolationException> {
        @Override
        public Response toResponse(ConstraintViolationException e) {
            return ApiError.of(Response.Status.BAD_REQUEST, FieldPath.error(e));
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
