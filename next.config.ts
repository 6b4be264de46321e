import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Lets two builds live side by side (e.g. a benchmark build next to the dev build).
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
};

export default nextConfig;
