package org.brieflens.export.vector;

/**
 * Reads SVG path data ("M 0 0 L 10 0 A 5 5 0 0 1 ..."), the language of JavaFX's
 * {@code SVGPath} and of the {@code -fx-shape} that styles draw controls' marks with, into a
 * {@link VectorPath}. Malformed data ends the path where it goes wrong, as browsers do.
 */
public final class SvgPathData {
    private final String data;
    private int position;

    private SvgPathData(String data) {
        this.data = data;
    }

    public static VectorPath parse(String data) {
        VectorPath.Builder path = VectorPath.builder();
        if (data != null) {
            new SvgPathData(data).readInto(path);
        }
        return path.build();
    }

    private void readInto(VectorPath.Builder path) {
        char command = 0;
        // The second control point of the last curve, for the smooth commands S and T.
        double lastControlX = 0;
        double lastControlY = 0;
        char lastCommand = 0;
        try {
            while (true) {
                skipSeparators();
                if (position >= data.length()) {
                    return;
                }
                char next = data.charAt(position);
                if (Character.isLetter(next)) {
                    command = next;
                    position++;
                } else if (command == 0) {
                    return;
                } else if (command == 'M') {
                    command = 'L';
                } else if (command == 'm') {
                    command = 'l';
                }
                boolean relative = Character.isLowerCase(command);
                double baseX = relative ? path.currentX() : 0;
                double baseY = relative ? path.currentY() : 0;
                char upper = Character.toUpperCase(command);
                switch (upper) {
                    case 'M' -> path.moveTo(baseX + number(), baseY + number());
                    case 'L' -> path.lineTo(baseX + number(), baseY + number());
                    case 'H' -> path.lineTo(baseX + number(), path.currentY());
                    case 'V' -> path.lineTo(path.currentX(), baseY + number());
                    case 'C' -> {
                        double c1x = baseX + number();
                        double c1y = baseY + number();
                        lastControlX = baseX + number();
                        lastControlY = baseY + number();
                        path.cubicTo(c1x, c1y, lastControlX, lastControlY, baseX + number(), baseY + number());
                    }
                    case 'S' -> {
                        boolean follows = lastCommand == 'C' || lastCommand == 'S';
                        double c1x = follows ? 2 * path.currentX() - lastControlX : path.currentX();
                        double c1y = follows ? 2 * path.currentY() - lastControlY : path.currentY();
                        lastControlX = baseX + number();
                        lastControlY = baseY + number();
                        path.cubicTo(c1x, c1y, lastControlX, lastControlY, baseX + number(), baseY + number());
                    }
                    case 'Q' -> {
                        lastControlX = baseX + number();
                        lastControlY = baseY + number();
                        path.quadTo(lastControlX, lastControlY, baseX + number(), baseY + number());
                    }
                    case 'T' -> {
                        boolean follows = lastCommand == 'Q' || lastCommand == 'T';
                        lastControlX = follows ? 2 * path.currentX() - lastControlX : path.currentX();
                        lastControlY = follows ? 2 * path.currentY() - lastControlY : path.currentY();
                        path.quadTo(lastControlX, lastControlY, baseX + number(), baseY + number());
                    }
                    case 'A' -> {
                        double rx = number();
                        double ry = number();
                        double rotation = number();
                        boolean large = flag();
                        boolean sweep = flag();
                        path.arcTo(rx, ry, rotation, large, sweep, baseX + number(), baseY + number());
                    }
                    case 'Z' -> path.close();
                    default -> {
                        return;
                    }
                }
                lastCommand = upper;
            }
        } catch (IllegalArgumentException malformed) {
            // Keep what was read before the error.
        }
    }

    private double number() {
        skipSeparators();
        int start = position;
        if (position < data.length() && (data.charAt(position) == '-' || data.charAt(position) == '+')) {
            position++;
        }
        boolean dot = false;
        while (position < data.length()) {
            char c = data.charAt(position);
            if (Character.isDigit(c)) {
                position++;
            } else if (c == '.' && !dot) {
                dot = true;
                position++;
            } else if ((c == 'e' || c == 'E') && position + 1 < data.length()
                    && (Character.isDigit(data.charAt(position + 1)) || data.charAt(position + 1) == '-'
                            || data.charAt(position + 1) == '+')) {
                position += 2;
                while (position < data.length() && Character.isDigit(data.charAt(position))) {
                    position++;
                }
                break;
            } else {
                break;
            }
        }
        if (start == position) {
            throw new IllegalArgumentException("a number was expected at " + start);
        }
        return Double.parseDouble(data.substring(start, position));
    }

    /** An arc flag: a single 0 or 1, which SVG allows to run into the next number ("a1 1 0 00.5.5"). */
    private boolean flag() {
        skipSeparators();
        if (position >= data.length() || (data.charAt(position) != '0' && data.charAt(position) != '1')) {
            throw new IllegalArgumentException("an arc flag was expected at " + position);
        }
        return data.charAt(position++) == '1';
    }

    private void skipSeparators() {
        while (position < data.length()
                && (Character.isWhitespace(data.charAt(position)) || data.charAt(position) == ',')) {
            position++;
        }
    }
}
