/** What the station page passes to its map, shared by the wrapper and the Leaflet part it loads. */
export type StationMapProps = { lat: number; lng: number; name: string; tileUrl: string; attribution: string; label: string }
