import { DeleteObjectCommand, GetObjectCommand, NoSuchKey, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { isStorageKey, type FileStore } from './storage';

type S3Options = { bucket: string; region: string; endpoint?: string; forcePathStyle?: boolean; credentials?: { accessKeyId: string; secretAccessKey: string } };

/** An S3-compatible bucket (AWS, MinIO, Ceph, NCloud…): the object name is the key, nothing else. */
export class S3FileStore implements FileStore {
  private readonly client: S3Client;
  private readonly bucket: string;

  constructor({ bucket, ...options }: S3Options) {
    this.bucket = bucket;
    this.client = new S3Client(options);
  }

  private checked(key: string) {
    if (!isStorageKey(key)) throw new Error('Invalid storage key');
    return key;
  }

  async put(key: string, bytes: Buffer, mediaType: string) {
    await this.client.send(new PutObjectCommand({ Bucket: this.bucket, Key: this.checked(key), Body: bytes, ContentType: mediaType, ContentLength: bytes.length }));
  }

  async open(key: string) {
    try {
      const object = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: this.checked(key) }));
      return object.Body ? object.Body.transformToWebStream() : null;
    } catch (error) {
      if (error instanceof NoSuchKey || (error as { name?: string }).name === 'NoSuchKey') return null;
      throw error;
    }
  }

  async remove(key: string) {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: this.checked(key) }));
  }
}
