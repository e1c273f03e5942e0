package org.brieflens.model;

/**
 * Something wrong in a model, at a place named by a JSON Pointer into the BriefLens format
 * ("/links/3/target"), so a reader can turn it into a line and column.
 */
public record ModelProblem(String pointer, String message) {
}
