package io.streampulse.twitchsim;

/** Settings that can change while the simulator runs (through SimControl or /admin). */
final class RuntimeKnobs {
    private volatile double flapRate;
    private volatile double duplicateDeliveryRate;

    RuntimeKnobs(double flapRate, double duplicateDeliveryRate) {
        this.flapRate = flapRate;
        this.duplicateDeliveryRate = duplicateDeliveryRate;
    }

    double flapRate() { return flapRate; }
    double duplicateDeliveryRate() { return duplicateDeliveryRate; }

    void flapRate(double rate) {
        this.flapRate = share(rate);
    }

    void duplicateDeliveryRate(double rate) {
        this.duplicateDeliveryRate = share(rate);
    }

    private static double share(double rate) {
        if (rate < 0 || rate > 1) {
            throw new IllegalArgumentException("rate must be 0..1: " + rate);
        }
        return rate;
    }
}
