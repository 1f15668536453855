// The app's own config, and the bench's datasets served precompressed (see precompressedDatasets).
import { mergeConfig } from 'vite';
import app from '../vite.config.ts';
import { precompressedDatasets } from './precompressedDatasets.ts';

export default mergeConfig(app, { plugins: [precompressedDatasets()] });
