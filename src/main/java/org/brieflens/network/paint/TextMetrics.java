package org.brieflens.network.paint;

/** How large text comes out on a surface, for placing labels before drawing them. */
public interface TextMetrics {

    double width(String text, FontSpec font);

    /** From the top of the line to the baseline. */
    double ascent(FontSpec font);

    /** The height of a line of text. */
    double lineHeight(FontSpec font);
}
