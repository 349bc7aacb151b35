package dev.seepoint.perception.widget.internal;

import dev.seepoint.perception.Box;
import dev.seepoint.perception.Screenshot;
import java.nio.file.Path;

public final class ScratchRegions {
    public static void main(String[] a) throws Exception {
        Screenshot s = Screenshot.read(Path.of(a[0]));
        Box area = Box.of(Integer.parseInt(a[1]), Integer.parseInt(a[2]), Integer.parseInt(a[3]), Integer.parseInt(a[4]));
        Raster raster = new Raster(s);
        Regions regions = new Regions(raster);
        for (int r = 0; r < regions.count(); r++) {
            Box b = regions.box(r);
            if (area.contains(b.center()) && regions.size(r) >= 6) {
                System.out.printf("%d %s size %d colour %06x%n", r, b, regions.size(r), regions.colour(r));
            }
        }
    }
}
