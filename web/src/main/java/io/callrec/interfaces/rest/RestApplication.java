package io.callrec.interfaces.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The REST API lives under /api; version 1 resources under /api/v1. */
@ApplicationPath("/api")
public class RestApplication extends Application {
}
