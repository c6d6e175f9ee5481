package org.geoparks.catalogue.guide;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where several automatic narrations would start at one spot (their trigger circles overlap),
 * they form a queue: a player plays them one after the other in this order, never at once. Along
 * a route the order is the stops' order; elsewhere the narration with the smallest radius (the
 * most specific place) comes first, then by id so that the order never changes between answers.
 */
final class TriggerOrder {

    private static final double EARTH_RADIUS_M = 6_371_008.8;

    /** A trigger circle: its narration (or stop) key, centre, radius, and rank along a route (0 when none). */
    record Fence(String key, double lon, double lat, int radiusM, int stop) {
    }

    /** A fence's place in its queue: {@code group} names the overlapping set, {@code position} counts from 1. */
    record Slot(String group, int position, int size, List<String> overlaps) {
    }

    private TriggerOrder() {
    }

    static Map<String, Slot> of(List<Fence> fences) {
        int n = fences.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        Map<Integer, List<String>> overlaps = new HashMap<>();
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                Fence a = fences.get(i);
                Fence b = fences.get(j);
                if (metresBetween(a.lon(), a.lat(), b.lon(), b.lat()) < a.radiusM() + b.radiusM()) {
                    parent[find(parent, i)] = find(parent, j);
                    overlaps.computeIfAbsent(i, k -> new ArrayList<>()).add(b.key());
                    overlaps.computeIfAbsent(j, k -> new ArrayList<>()).add(a.key());
                }
            }
        }
        Map<Integer, List<Integer>> groups = new HashMap<>();
        for (int i = 0; i < n; i++) {
            groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(i);
        }
        Comparator<Integer> order = Comparator.<Integer>comparingInt(i -> fences.get(i).stop() == 0 ? Integer.MAX_VALUE : fences.get(i).stop())
                .thenComparingInt(i -> fences.get(i).radiusM())
                .thenComparing(i -> fences.get(i).key());
        Map<String, Slot> slots = new HashMap<>();
        for (List<Integer> members : groups.values()) {
            members.sort(order);
            String group = fences.get(members.get(0)).key();
            for (int k = 0; k < members.size(); k++) {
                int i = members.get(k);
                slots.put(fences.get(i).key(), new Slot(group, k + 1, members.size(),
                        overlaps.getOrDefault(i, List.of()).stream().sorted().toList()));
            }
        }
        return slots;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** Great-circle distance (haversine): ample for trigger radii of metres to kilometres. */
    static double metresBetween(double lon1, double lat1, double lon2, double lat2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double h = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}
