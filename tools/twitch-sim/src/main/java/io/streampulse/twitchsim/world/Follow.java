package io.streampulse.twitchsim.world;

import java.time.Instant;

/** A follow that happened during the simulation: the following user (channel index) and when. */
public record Follow(int user, Instant at) { }
