package org.summit.events.ceremony;

import io.micronaut.serde.annotation.Serdeable;

/**
 * One point of a signature, on the signature block's own scale: x from 0 (left) to 1 (right), y from 0 (top) to 1
 * (bottom) of a block five units wide and two high, so that a tablet, the screen and the PDF draw the same shape at any
 * size.
 *
 * @param s the stroke the point belongs to (0, 1, 2… for each time the pen touched down)
 * @param x from 0 to 1
 * @param y from 0 to 1
 * @param p the pen's pressure, from 0 to 1 (0.5 where the device does not sense it)
 * @param t when it was drawn, in milliseconds since the epoch on the tablet's clock
 */
@Serdeable
public record StrokePoint(int s, double x, double y, double p, long t) {}
