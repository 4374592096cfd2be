import topology from '../../data/geo/region.topo.json';
import { asRegionTopology } from '../geo/load-topology.ts';

/** The committed map geometry (built by `npm run build:geo`), checked on load. */
export const regionTopology = asRegionTopology(topology);
