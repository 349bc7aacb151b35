package dev.seepoint.agent.junit;

import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/** The default factory: uses the first {@link BrowserFactory} registered in {@code META-INF/services}. */
public final class ServiceLoaderBrowserFactory implements BrowserFactory {

    @Override
    public BrowserSession open(BrowserSpec spec) throws Exception {
        // TODO(wiring): call actions' Browsers.chrome(BrowserOptions...) directly once it is merged.
        List<BrowserFactory> found = ServiceLoader.load(BrowserFactory.class).stream()
                .map(ServiceLoader.Provider::get).filter(f -> !(f instanceof ServiceLoaderBrowserFactory))
                .collect(Collectors.toList());
        if (found.isEmpty()) {
            throw new IllegalStateException("no BrowserFactory is available: name one with "
                    + "@SeepointTest(browser = MyBrowserFactory.class), or register one in "
                    + "META-INF/services/dev.seepoint.agent.junit.BrowserFactory");
        }
        return found.get(0).open(spec);
    }
}
